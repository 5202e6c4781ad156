#include "core/diagnostics.hpp"

#include <algorithm>
#include <iterator>
#include <mutex>
#include <tuple>
#include <deque>
#include <unordered_map>

namespace veedor {

namespace {
/// Every file name seen, by number. A deque never moves its elements as it grows, so a name's
/// reference stays valid; the lock covers the table itself.
struct FileNames {
    std::mutex lock;
    std::deque<std::string> names;
    std::unordered_map<std::string_view, std::uint32_t> ids;  // views into `names`
};
FileNames& file_names() {
    static FileNames* all = new FileNames;  // never destroyed: Locations may outlive static objects
    return *all;
}
const std::string empty_name;
}  // namespace

FileName::FileName(std::string_view name) {
    if (name.empty()) return;
    FileNames& all = file_names();
    std::lock_guard<std::mutex> hold(all.lock);
    auto found = all.ids.find(name);
    if (found != all.ids.end()) {
        id_ = found->second;
        return;
    }
    all.names.emplace_back(name);
    id_ = static_cast<std::uint32_t>(all.names.size());
    all.ids.emplace(all.names.back(), id_);
}

const std::string& FileName::str() const {
    if (id_ == 0) return empty_name;
    FileNames& all = file_names();
    std::lock_guard<std::mutex> hold(all.lock);
    return all.names[id_ - 1];
}

std::string Location::str() const {
    if (line <= 0) return file.str();
    return file.str() + ":" + std::to_string(line) + ":" + std::to_string(column);
}

void Diagnostics::error(Location where, Message message) {
    items_.push_back({std::move(where), Severity::error, std::move(message)});
}

void Diagnostics::warning(Location where, Message message) {
    items_.push_back({std::move(where), Severity::warning, std::move(message)});
}

void Diagnostics::append(Diagnostics&& other) {
    items_.insert(items_.end(), std::make_move_iterator(other.items_.begin()),
                  std::make_move_iterator(other.items_.end()));
    other.items_.clear();
}

int Diagnostics::error_count() const {
    return static_cast<int>(std::count_if(items_.begin(), items_.end(),
                                          [](const Diagnostic& d) { return d.severity == Severity::error; }));
}

int Diagnostics::warning_count() const { return static_cast<int>(items_.size()) - error_count(); }

std::vector<Diagnostic> Diagnostics::sorted() const {
    std::vector<Diagnostic> out = items_;
    std::stable_sort(out.begin(), out.end(), [](const Diagnostic& a, const Diagnostic& b) {
        return std::tie(a.where.file, a.where.line, a.where.column) <
               std::tie(b.where.file, b.where.line, b.where.column);
    });
    return out;
}

}  // namespace veedor
