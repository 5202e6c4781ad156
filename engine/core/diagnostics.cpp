#include "core/diagnostics.hpp"

#include <algorithm>
#include <iterator>
#include <mutex>
#include <tuple>
#include <unordered_set>

namespace veedor {

namespace {
/// Every file name seen; a node-based set, so a name never moves once stored.
struct FileNames {
    std::mutex lock;
    std::unordered_set<std::string> names;
};
FileNames& file_names() {
    static FileNames* all = new FileNames;  // never destroyed: Locations may outlive static objects
    return *all;
}
const std::string empty_name;
}  // namespace

FileName::FileName() : name_(&empty_name) {}

FileName::FileName(std::string_view name) : name_(&empty_name) {
    if (name.empty()) return;
    FileNames& all = file_names();
    std::lock_guard<std::mutex> hold(all.lock);
    name_ = &*all.names.emplace(name).first;
}

std::string Location::str() const {
    if (line <= 0) return file.str();
    return file.str() + ":" + std::to_string(line) + ":" + std::to_string(column);
}

std::string Diagnostic::str() const {
    return where.str() + (severity == Severity::error ? ": error: " : ": warning: ") + message;
}

void Diagnostics::error(Location where, std::string message) {
    items_.push_back({std::move(where), Severity::error, std::move(message)});
}

void Diagnostics::warning(Location where, std::string message) {
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
