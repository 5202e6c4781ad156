#pragma once
/// Streaming CSV reading (RFC 4180: commas, double quotes, "" inside quotes, LF or CRLF), record
/// by record from a file of any size, with the line number of each record. Memory is one buffer
/// and the current record, whatever the size of the file.

#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

namespace veedor {

class CsvStream {
public:
    /// Opens `path`; ok() is false when it cannot be read.
    explicit CsvStream(const std::string& path);
    ~CsvStream();
    CsvStream(const CsvStream&) = delete;
    CsvStream& operator=(const CsvStream&) = delete;

    bool ok() const { return file_ != nullptr; }
    /// Reads the next record into `fields` (views valid until the next call). False at the end.
    bool next(std::vector<std::string_view>& fields);
    /// Line number (1-based) where the last record started.
    long line() const { return record_line_; }
    /// The raw bytes read so far (to sample the encoding).
    const std::string& first_bytes() const { return first_bytes_; }

private:
    bool fill();

    std::FILE* file_ = nullptr;
    std::string buffer_;
    size_t begin_ = 0, end_ = 0;
    bool eof_ = false;
    long line_ = 1, record_line_ = 0;
    std::string unquoted_;  ///< storage for fields that had "" inside
    std::vector<std::pair<size_t, size_t>> spans_;
    std::string first_bytes_;
};

}  // namespace veedor
