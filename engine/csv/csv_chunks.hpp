#pragma once
/// One large CSV file read on several threads with the result of reading it in one pass.
///
/// The file is cut into chunks of a few MiB. Each worker parses a chunk into its own sink (a
/// partial result), and the sinks are merged in file order: sums come out the same with any
/// number of threads, and the first bad rows are the first of the file.
///
/// A chunk cannot know where its first record starts (a quoted field may hold line ends), so it
/// guesses: just after the first LF at or after its first byte. The chunk before it knows
/// exactly where its own last record ends; when the merge finds a guess wrong (a line end inside
/// quotes, or a file with CR line ends), that chunk is parsed again from the right place on the
/// merging thread. Memory: one chunk buffer per thread and the sinks not merged yet.

#include "csv/csv_scan.hpp"

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace veedor {

/// Receives the records of one chunk.
class CsvChunkSink {
public:
    virtual ~CsvChunkSink() = default;
    /// `line` counts line ends from the chunk's first record (0 for it); the merge adds the
    /// line where the chunk starts.
    virtual void record(const std::vector<std::string_view>& fields, long line) = 0;
    /// A record longer than CsvParallelOptions::max_record_bytes (its bytes from its start to
    /// the next record's, line end included) starts at `line`, counted as in record(); it is
    /// skipped without being held in memory whole. The default throws an InputError
    /// (core/error.hpp).
    virtual void oversized(long line);
    /// The columns record() reads, when it reads only some of records of one width: the reader
    /// then places only those (the others hold anything), in the fast path of csv_scan.hpp.
    virtual const CsvColumns* columns() const { return nullptr; }
    /// Set before each record(): true when the whole record is valid UTF-8 (so each of its
    /// fields is); false when it is not, or the reader did not look.
    bool record_is_utf8 = false;
};

struct CsvParallelOptions {
    int threads = 1;               ///< worker threads; 1 reads in this thread
    size_t chunk_bytes = 4 << 20;  ///< bytes per chunk
    /// A record longer than this goes to CsvChunkSink::oversized instead of record(), so that
    /// memory stays bounded (about threads x (chunk + this)) whatever the file holds.
    size_t max_record_bytes = SIZE_MAX;
    /// Set: each chunk is read where it lies in the page cache, through a mapping of the file
    /// (the kernel copies nothing), instead of with pread; a file made shorter by another program
    /// while it is read then ends the process with this text of the file's path on stderr, exit 1
    /// (a SIGBUS handler: the mapped pages are gone). Unset: pread, and that case is an InputError.
    std::function<std::string(const std::string& path)> mapped_fault_text;
};

/// Reads the records of `path` from byte `from` (a record start; `from_line` is its line) to the
/// end; from 0, a UTF-8 byte-order mark is skipped. `make` gives each chunk a fresh sink; `merge(sink, first_line)` is called once per chunk,
/// in file order, on this thread. Throws an InputError (core/error.hpp) located at the file when
/// it cannot be read, and passes on what a sink throws.
void read_csv_parallel(const std::string& path, unsigned long long from, long from_line,
                       const CsvParallelOptions& options, const std::function<std::unique_ptr<CsvChunkSink>()>& make,
                       const std::function<void(CsvChunkSink&, long first_line)>& merge);

}  // namespace veedor
