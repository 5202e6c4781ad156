#pragma once
/// A small YAML document tree with positions: the only place veedor touches yaml-cpp.
///
/// The tree is built from yaml-cpp's parser events rather than its Node API, because the Node
/// API silently accepts what a budget file must not contain: duplicate keys (the second is
/// ignored), several documents (all but the first are dropped), aliases (a node shared under
/// several keys; an alias "bomb" explodes any walk over the tree), and octal-looking numbers.
/// Here each of those is either visible to the readers (duplicates, quoting, tags) or reported
/// while parsing (aliases, anchors, documents, depth, size), with its line and column.

#include "core/diagnostics.hpp"

#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace veedor {

struct YamlEntry;

struct YamlNode {
    enum class Kind { null, scalar, sequence, map };
    Kind kind = Kind::null;
    std::string text;    ///< scalar text exactly as written (without quotes)
    bool quoted = false; ///< the scalar was written in quotes (or as a block scalar)
    bool reported = false; ///< already reported while parsing (an alias): readers say nothing more
    Location where;
    std::vector<YamlNode> items;                           ///< sequence items
    std::vector<YamlEntry> entries;                        ///< map entries, in file order

    bool is_null() const { return kind == Kind::null; }
    bool is_scalar() const { return kind == Kind::scalar; }
    bool is_sequence() const { return kind == Kind::sequence; }
    bool is_map() const { return kind == Kind::map; }
    /// "a mapping", "a list", "text", "null (empty)": for messages.
    std::string_view describe() const;
};

/// A key and its value in a mapping.
struct YamlEntry {
    YamlNode first;   ///< the key
    YamlNode second;  ///< the value
};

struct YamlLimits {
    int max_depth = 20;          ///< nesting of lists and mappings
    long max_nodes = 2'000'000;  ///< scalars, lists and mappings in one file
    long max_bytes = 64L << 20;  ///< file size
};

/// Ways for a reader to act while the file is parsed rather than on the finished tree.
struct YamlHooks {
    /// Lets a reader take the items of one long top-level list as the parser completes each, so
    /// that the tree of the whole file never exists (a national model is 99% entities). The items
    /// go to `on_item` in file order, exactly as they would have been in the tree, and that list
    /// is left empty in the tree. Only the list under the first plain-text key equal to
    /// `stream_key` in the root mapping is streamed (the one a reader's Fields::get finds). When
    /// the parse then fails, the returned root is null as always: the reader must discard what it
    /// made of the items.
    std::string_view stream_key;
    std::function<void(YamlNode&&)> on_item;
    /// Called with each entry of the root mapping when it is complete; returning false stops the
    /// parse there, and the parse returns a null node with no message.
    std::function<bool(const YamlNode& key, const YamlNode& value)> on_root_entry;
};

/// Reads `path` and parses it into a tree. Problems go to `diags` with their location; the
/// returned node is null when the file could not be parsed at all.
YamlNode parse_yaml_file(const std::string& path, Diagnostics& diags, const YamlLimits& limits = {},
                         const YamlHooks* hooks = nullptr);

/// Parses YAML text; `name` is the file name used in locations.
YamlNode parse_yaml_text(std::string_view text, const std::string& name, Diagnostics& diags,
                         const YamlLimits& limits = {}, const YamlHooks* hooks = nullptr);

}  // namespace veedor
