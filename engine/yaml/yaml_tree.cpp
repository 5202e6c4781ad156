#include "yaml/yaml_tree.hpp"

#include "yaml/text_checks.hpp"

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <istream>
#include <streambuf>

namespace veedor {

std::string_view YamlNode::describe() const {
    switch (kind) {
        case Kind::null: return "null (empty)";
        case Kind::scalar: return "text";
        case Kind::sequence: return "a list";
        case Kind::map: return "a mapping";
    }
    return "?";
}

namespace {

/// yaml-cpp counts columns in bytes; people and editors count characters. The 1-based column of
/// `m` in characters of its line.
int char_column(const std::string& text, const YAML::Mark& m) {
    if (m.pos < 0 || m.column < 0 || static_cast<size_t>(m.pos) > text.size()) return m.column + 1;
    size_t line_start = static_cast<size_t>(m.pos) - static_cast<size_t>(std::min(m.pos, m.column));
    int chars = 0;
    for (size_t i = line_start; i < static_cast<size_t>(m.pos); ++i)
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++chars;
    return chars + 1;
}

/// Thrown from the event handler when a hook has seen what it needed.
struct StopEarly {};

/// Thrown from the event handler to stop a parse that exceeded a limit.
struct StopParse {
    Location where;
    Message message;
};

class TreeBuilder : public YAML::EventHandler {
public:
    TreeBuilder(FileName file, const std::string& text, Diagnostics& diags, const YamlLimits& limits,
                const YamlHooks* hooks)
        : file_(file), text_(text), diags_(diags), limits_(limits), hooks_(hooks) {}

    YamlNode take_root() { return std::move(root_); }

    void OnDocumentStart(const YAML::Mark& mark) override {
        if (++documents_ > 1)
            throw StopParse{at(mark), msg("yaml.second-document")};
    }
    void OnDocumentEnd() override {}

    void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
        check_anchor(mark, anchor);
        add(leaf(mark, YamlNode::Kind::null));
    }
    void OnAlias(const YAML::Mark& mark, YAML::anchor_t) override {
        // An alias bomb has thousands: the first few say it all.
        if (++aliases_ <= 5) diags_.error(at(mark), msg("yaml.aliases"));
        else if (aliases_ == 6) diags_.error(at(mark), msg("yaml.more-aliases"));
        YamlNode n = leaf(mark, YamlNode::Kind::null);
        n.reported = true;
        add(std::move(n));
    }
    void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                  const std::string& value) override {
        check_anchor(mark, anchor);
        check_tag(mark, tag);
        YamlNode n = leaf(mark, YamlNode::Kind::scalar);
        n.text = value;
        n.quoted = (tag == "!");
        add(std::move(n));
    }
    void OnSequenceStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value) override {
        open(mark, tag, anchor, YamlNode::Kind::sequence);
    }
    void OnSequenceEnd() override { close(); }
    void OnMapStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value) override {
        open(mark, tag, anchor, YamlNode::Kind::map);
    }
    void OnMapEnd() override { close(); }

private:
    /// An open list or mapping; in a mapping, a key waits here until its value arrives.
    struct Frame {
        YamlNode node;
        bool has_key = false;
        YamlNode key;
    };

    Location at(const YAML::Mark& m) const { return {file_, m.line + 1, char_column(text_, m) }; }

    YamlNode leaf(const YAML::Mark& mark, YamlNode::Kind kind) {
        count(mark);
        YamlNode n;
        n.kind = kind;
        n.where = at(mark);
        return n;
    }
    void count(const YAML::Mark& mark) {
        if (++nodes_ > limits_.max_nodes)
            throw StopParse{at(mark), msg("yaml.too-many-nodes", limits_.max_nodes)};
    }
    void check_anchor(const YAML::Mark& mark, YAML::anchor_t anchor) {
        if (anchor != YAML::NullAnchor && ++anchors_ <= 5)
            diags_.error(at(mark), msg("yaml.anchors"));
    }
    void check_tag(const YAML::Mark& mark, const std::string& tag) {
        if (!tag.empty() && tag != "?" && tag != "!")
            diags_.error(at(mark), msg("yaml.tags", tag));
    }

    void open(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor, YamlNode::Kind kind) {
        check_anchor(mark, anchor);
        check_tag(mark, tag);
        if (static_cast<int>(stack_.size()) >= limits_.max_depth)
            throw StopParse{at(mark), msg("yaml.too-deep", limits_.max_depth)};
        stack_.push_back(Frame{leaf(mark, kind), false, {}});
    }
    void close() {
        YamlNode n = std::move(stack_.back().node);
        stack_.pop_back();
        add(std::move(n));
    }
    void add(YamlNode n) {
        if (stack_.empty()) {
            root_ = std::move(n);
            return;
        }
        Frame& f = stack_.back();
        if (f.node.kind == YamlNode::Kind::sequence) {
            if (streaming()) hooks_->on_item(std::move(n));
            else f.node.items.push_back(std::move(n));
        } else if (!f.has_key) {
            f.key = std::move(n);
            f.has_key = true;
        } else {
            // An empty value has no place of its own (yaml-cpp marks the next line): use its key's.
            if (n.is_null() && !n.reported) n.where = f.key.where;
            if (stack_.size() == 1 && is_stream_key(f.key)) stream_done_ = true;
            f.node.entries.push_back(YamlEntry{std::move(f.key), std::move(n)});
            f.has_key = false;
            if (stack_.size() == 1 && hooks_ && hooks_->on_root_entry) {
                const YamlEntry& e = f.node.entries.back();
                if (!hooks_->on_root_entry(e.first, e.second)) throw StopEarly{};
            }
        }
    }

    bool is_stream_key(const YamlNode& key) const {
        return hooks_ && hooks_->on_item && !stream_done_ && key.is_scalar() && key.text == hooks_->stream_key;
    }
    /// An item of the list that is the value of the root mapping's streamed key.
    bool streaming() const {
        return stack_.size() == 2 && stack_[0].node.is_map() && stack_[0].has_key && is_stream_key(stack_[0].key);
    }

    FileName file_;  // interned once: every node's Location shares it
    const std::string& text_;
    Diagnostics& diags_;
    const YamlLimits& limits_;
    const YamlHooks* hooks_;
    bool stream_done_ = false;  // the streamed key's value is complete: a repeated key is not streamed
    YamlNode root_;
    std::vector<Frame> stack_;
    int documents_ = 0;
    int aliases_ = 0, anchors_ = 0;
    long nodes_ = 0;
};

/// Reads characters straight from a string that outlives it: an istringstream would copy the file.
class ViewBuffer : public std::streambuf {
public:
    explicit ViewBuffer(std::string& text) { setg(text.data(), text.data(), text.data() + text.size()); }
};

/// Parses `clean`, which this normalizes in place.
YamlNode parse_owned_text(std::string& clean, const std::string& name, Diagnostics& diags, const YamlLimits& limits,
                          const YamlHooks* hooks) {
    if (!normalize_text(clean, name, diags)) return {};
    ViewBuffer view(clean);
    std::istream in(&view);
    TreeBuilder builder(name, clean, diags, limits, hooks);
    try {
        YAML::Parser parser(in);
        while (parser.HandleNextDocument(builder)) {
        }
    } catch (const StopEarly&) {
        return {};
    } catch (const StopParse& stop) {
        diags.error(stop.where, stop.message);
        return {};
    } catch (const YAML::Exception& e) {
        // yaml-cpp reports its depth guard as "bad file"; say what it means.
        std::string msg = dynamic_cast<const YAML::DeepRecursion*>(&e) ? "nesting too deep" : e.msg;
        Location where{name, e.mark.is_null() ? 0 : e.mark.line + 1, e.mark.is_null() ? 0 : char_column(clean, e.mark)};
        diags.error(where, veedor::msg("yaml.syntax", noun(msg)));
        return {};
    }
    return builder.take_root();
}

}  // namespace

YamlNode parse_yaml_text(std::string_view text, const std::string& name, Diagnostics& diags,
                         const YamlLimits& limits, const YamlHooks* hooks) {
    std::string clean(text);
    return parse_owned_text(clean, name, diags, limits, hooks);
}

YamlNode parse_yaml_file(const std::string& path, Diagnostics& diags, const YamlLimits& limits,
                         const YamlHooks* hooks) {
    std::string text;
    if (!read_input_file(path, limits.max_bytes, text, diags)) return {};
    return parse_owned_text(text, path, diags, limits, hooks);
}

}  // namespace veedor
