#include "csv/csv_stream.hpp"

#include "csv/csv_scan.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace veedor {

static constexpr size_t chunk = 1 << 20;

CsvStream::CsvStream(const std::string& path, size_t max_record_bytes)
    : file_(std::fopen(path.c_str(), "rb")), max_record_(max_record_bytes) {
    if (!file_) error_ = errno;
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
        offset_ += begin_;
        begin_ = 0;
    }
    if (buffer_.size() - end_ < chunk) buffer_.resize(buffer_.size() * 2);  // a record longer than the buffer
    size_t n = std::fread(buffer_.data() + end_, 1, buffer_.size() - end_, file_);
    if (first_bytes_.size() < sample_bytes)
        first_bytes_.append(buffer_.data() + end_, std::min(n, sample_bytes - first_bytes_.size()));
    end_ += n;
    if (n == 0) eof_ = true;
    if (n == 0 && std::ferror(file_)) error_ = errno;
    if (offset_ == 0 && begin_ == 0 && std::string_view(buffer_.data(), end_).starts_with("\xEF\xBB\xBF"))
        begin_ = 3;  // a UTF-8 byte-order mark is not part of the first record
    return n > 0;
}

bool CsvStream::next(std::vector<std::string_view>& fields) {
    if (!file_) return false;
    for (;;) {
        CsvScan s = scan_csv_record(std::string_view(buffer_.data(), end_), begin_, eof_, fields, unescaped_);
        if (s.status == CsvScan::need_more) {
            if (end_ - begin_ > max_record_) {
                too_long_ = true;
                return false;
            }
            fill();  // the record goes on past the buffer (or nothing was read yet): read more, scan again
            continue;
        }
        if (s.status == CsvScan::end || error_) return false;
        if (s.next - begin_ > max_record_) {  // read whole, yet over the limit all the same
            too_long_ = true;
            return false;
        }
        record_line_ = line_;
        line_ += s.newlines;
        begin_ = s.next;
        if (!is_blank_record(fields)) return true;
    }
}

}  // namespace veedor
