#include "io/csv_stream.hpp"

#include <cstring>

namespace veedor {

static constexpr size_t chunk = 1 << 20;

CsvStream::CsvStream(const std::string& path) : file_(std::fopen(path.c_str(), "rb")) {
    buffer_.resize(4 * chunk);
}

CsvStream::~CsvStream() {
    if (file_) std::fclose(file_);
}

bool CsvStream::fill() {
    if (eof_) return false;
    // Keep the unread part of the current record at the front, then read more after it.
    if (begin_ > 0) {
        std::memmove(buffer_.data(), buffer_.data() + begin_, end_ - begin_);
        end_ -= begin_;
        begin_ = 0;
    }
    if (buffer_.size() - end_ < chunk) buffer_.resize(buffer_.size() * 2);  // a record longer than the buffer
    size_t n = std::fread(buffer_.data() + end_, 1, buffer_.size() - end_, file_);
    if (first_bytes_.size() < (1 << 20)) first_bytes_.append(buffer_.data() + end_, std::min(n, size_t(1 << 20)));
    end_ += n;
    if (n == 0) eof_ = true;
    return n > 0;
}

bool CsvStream::next(std::vector<std::string_view>& fields) {
    fields.clear();
    spans_.clear();
    unquoted_.clear();
    if (!file_) return false;
    for (;;) {
        fields.clear();  // a skipped blank line or a rescan starts the record again
        // Scan one record from begin_; when the buffer ends inside it, read more and rescan.
        size_t i = begin_;
        long lines = 0;
        bool complete = false, quoted_inner = false;
        size_t field_start = i;
        spans_.clear();
        while (i < end_) {
            size_t start = i;
            field_start = i;
            if (buffer_[i] == '"') {
                ++i;
                bool closed = false;
                const char* base = buffer_.data();
                while (i < end_) {
                    const char* q = static_cast<const char*>(std::memchr(base + i, '"', end_ - i));
                    size_t stop = q ? static_cast<size_t>(q - base) : end_;
                    for (const char* p = base + i; (p = static_cast<const char*>(std::memchr(p, '\n', base + stop - p))); ++p) ++lines;
                    i = stop;
                    if (!q) break;
                    if (i + 1 < end_ && buffer_[i + 1] == '"') {
                        quoted_inner = true;
                        i += 2;
                        continue;
                    }
                    if (i + 1 >= end_ && !eof_) break;  // cannot tell yet: read more
                    closed = true;
                    ++i;
                    break;
                }
                if (!closed) break;
                spans_.emplace_back(start, i);
            } else {
                const char* p = static_cast<const char*>(std::memchr(buffer_.data() + i, ',', end_ - i));
                const char* nl = static_cast<const char*>(std::memchr(buffer_.data() + i, '\n', end_ - i));
                size_t stop = end_;
                if (p && (!nl || p < nl)) stop = static_cast<size_t>(p - buffer_.data());
                else if (nl) stop = static_cast<size_t>(nl - buffer_.data());
                else if (!eof_) break;  // the record goes on past the buffer
                i = stop;
                spans_.emplace_back(start, i);
            }
            if (i >= end_) {
                if (eof_) {
                    complete = true;
                    break;
                }
                break;
            }
            if (buffer_[i] == ',') {
                ++i;
                if (i >= end_ && eof_) {  // a trailing comma: one more empty field
                    spans_.emplace_back(i, i);
                    complete = true;
                    break;
                }
                continue;
            }
            if (buffer_[i] == '\r' && i + 1 < end_ && buffer_[i + 1] == '\n') ++i;
            if (buffer_[i] == '\n' || buffer_[i] == '\r') {
                ++i;
                complete = true;
                ++lines;
                break;
            }
            // A quoted field followed by something else than a separator: keep it in the field.
            spans_.back().second = i;
        }
        if (!complete) {
            if (!eof_) {
                fill();  // the record goes on past the buffer: read more and scan it again
                continue;
            }
            if (begin_ >= end_) return false;
            // The file ends inside a record (an unclosed quote): the rest is its last field.
            spans_.emplace_back(field_start, end_);
            i = end_;
        }
        // Strip quotes; unescape "" when present.
        if (quoted_inner) unquoted_.reserve(i - begin_);
        for (auto [a, b] : spans_) {
            size_t len = b - a;
            if (b > a && buffer_[b - 1] == '\r' && (b == end_ || buffer_[b] == '\n')) --len;
            std::string_view f(buffer_.data() + a, len);
            if (f.size() >= 2 && f.front() == '"' && f.back() == '"') {
                f = f.substr(1, f.size() - 2);
                if (quoted_inner && f.find("\"\"") != std::string_view::npos) {
                    size_t at = unquoted_.size();
                    for (size_t k = 0; k < f.size(); ++k) {
                        unquoted_ += f[k];
                        if (f[k] == '"') ++k;
                    }
                    f = std::string_view(unquoted_.data() + at, unquoted_.size() - at);
                }
            }
            fields.push_back(f);
        }
        record_line_ = line_;
        line_ += lines;
        begin_ = i;
        if (fields.size() == 1 && fields[0].empty()) continue;  // a blank line
        return true;
    }
}

}  // namespace veedor
