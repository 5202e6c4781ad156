#pragma once
/// Streaming CSV reading (the rules of csv_scan.hpp: RFC 4180 with LF, CRLF or CR line ends),
/// record by record from a file of any size, with the line number of each record. Memory is one
/// buffer and the current record, whatever the size of the file. A UTF-8 byte-order mark at the
/// start of the file is skipped.

#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

namespace veedor {

class CsvStream {
public:
    /// Opens `path`; ok() is false when it cannot be read (error() says why). A record longer
    /// than `max_record_bytes` (from its first byte to the next record's) is not read: next()
    /// returns false and too_long() is true.
    explicit CsvStream(const std::string& path, size_t max_record_bytes = SIZE_MAX);
    ~CsvStream();
    CsvStream(const CsvStream&) = delete;
    CsvStream& operator=(const CsvStream&) = delete;

    bool ok() const { return file_ != nullptr; }
    /// Reads the next record into `fields` (views valid until the next call). False at the end,
    /// and when a read failed (error()) or the record is too long (too_long()).
    bool next(std::vector<std::string_view>& fields);
    /// The errno of the open or read that failed, or 0.
    int error() const { return error_; }
    bool too_long() const { return too_long_; }
    /// Line number (1-based) where the last record started.
    long line() const { return record_line_; }
    /// Line number where the next record starts.
    long next_line() const { return line_; }
    /// Byte offset in the file where the next record starts.
    unsigned long long offset() const { return offset_ + begin_; }
    static constexpr size_t sample_bytes = 1 << 20;
    /// The first sample_bytes of the file (all of a smaller file), raw: to sample the encoding.
    const std::string& first_bytes() const { return first_bytes_; }

private:
    bool fill();

    std::FILE* file_ = nullptr;
    std::string buffer_;
    size_t begin_ = 0, end_ = 0;
    bool eof_ = false;
    size_t max_record_;
    int error_ = 0;
    bool too_long_ = false;
    unsigned long long offset_ = 0;  ///< file offset of buffer_[0]
    long line_ = 1, record_line_ = 0;
    std::string unescaped_;  ///< storage for fields that had "" inside
    std::string first_bytes_;
};

}  // namespace veedor
