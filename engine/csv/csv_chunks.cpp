#include "csv/csv_chunks.hpp"

#include "csv/csv_scan.hpp"

#include "core/error.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <csignal>
#include <condition_variable>
#include <cstring>
#include <exception>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <thread>

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace veedor {

namespace {

using Offset = unsigned long long;

/// Bytes read from the file; unlike std::string, growing it does not zero what is read over.
class ByteBuffer {
public:
    std::string_view view() const { return {data_.get(), size_}; }
    size_t size() const { return size_; }
    void clear() { size_ = 0; }
    /// Room for `n` more bytes at the end, returned; the size includes them.
    char* grow(size_t n) {
        if (size_ + n > capacity_) {
            size_t capacity = std::max(size_ + n, 2 * capacity_);
            auto bigger = std::make_unique_for_overwrite<char[]>(capacity);
            if (size_) std::memcpy(bigger.get(), data_.get(), size_);
            data_ = std::move(bigger);
            capacity_ = capacity;
        }
        size_ += n;
        return data_.get() + size_ - n;
    }
    void shrink_by(size_t n) { size_ -= n; }

private:
    std::unique_ptr<char[]> data_;
    size_t size_ = 0, capacity_ = 0;
};

/// The open file, closed on every path out.
class InputFile {
public:
    explicit InputFile(const std::string& path) : path_(path), fd_(::open(path.c_str(), O_RDONLY | O_CLOEXEC)) {
        struct stat st {};
        if (fd_ < 0 || ::fstat(fd_, &st) != 0) fail();
        size_ = static_cast<Offset>(st.st_size);
    }
    ~InputFile() {
        if (fd_ >= 0) ::close(fd_);
    }
    InputFile(const InputFile&) = delete;
    InputFile& operator=(const InputFile&) = delete;

    Offset size() const { return size_; }
    const std::string& path() const { return path_; }
    int fd() const { return fd_; }

    /// Appends the bytes [at, at + n) to `out` (fewer at the end of the file).
    void read_into(ByteBuffer& out, Offset at, size_t n) const {
        char* into = out.grow(n);
        size_t got = 0;
        while (got < n) {
            ssize_t r = ::pread(fd_, into + got, n - got, static_cast<off_t>(at + got));
            if (r < 0 && errno == EINTR) continue;
            if (r < 0) fail();
            if (r == 0) break;
            got += static_cast<size_t>(r);
        }
        out.shrink_by(n - got);
    }

private:
    [[noreturn]] void fail() const { throw InputError({path_, 0, 0}, msg("file.cannot-read", std::strerror(errno))); }
    std::string path_;
    int fd_;
    Offset size_ = 0;
};

struct ChunkOutcome {
    Offset first = 0;   ///< where its first record starts
    Offset next = 0;    ///< where the record after its last one starts
    long newlines = 0;  ///< line ends in [first, next)
};

/// A chunk parsed from a guessed start that turned out to be inside quotes: give up, the merge
/// parses it again from where the chunk before really ended.
struct WrongGuess {};

/// Where the record that starts at `at` ends (the start of the next one), and its line ends,
/// read a window at a time: a record too long to hold is skipped with the rules of csv_scan.hpp
/// (a quote toggles quoting anywhere; LF, CRLF or a lone CR outside quotes ends the record).
std::pair<Offset, long> skip_record(const InputFile& file, Offset at, ByteBuffer& window) {
    static constexpr size_t window_bytes = 64 << 10;
    bool quoted = false, cr = false;  // cr: the byte before was a CR, its line end counted
    long newlines = 0;
    for (;;) {
        window.clear();
        file.read_into(window, at, window_bytes);
        std::string_view bytes = window.view();
        if (bytes.empty()) return {at, newlines};  // the file ends inside the record (or after its CR)
        for (size_t i = 0; i < bytes.size(); ++i) {
            char c = bytes[i];
            if (cr) {
                cr = false;
                if (c == '\n') {  // CRLF: one line end
                    if (!quoted) return {at + i + 1, newlines};
                    continue;
                }
                if (!quoted) return {at + i, newlines};  // a lone CR ended the record
            }
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '\n') {
                ++newlines;
                if (!quoted) return {at + i + 1, newlines};
            } else if (c == '\r') {
                ++newlines;
                cr = true;
            }
        }
        at += bytes.size();
    }
}

/// What the SIGBUS handler prints, while a file is read through mappings: reading a mapped page
/// that a truncation of the file took away raises SIGBUS, which would otherwise end the run
/// with no word. Set and cleared by FaultGuard.
std::atomic<const std::string*> fault_text{nullptr};

extern "C" void on_mapped_fault(int) {
    if (const std::string* text = fault_text.load()) {
        size_t done = 0;  // write(2) and _exit(2) only: a signal handler may call nothing else
        while (done < text->size()) {
            ssize_t n = ::write(2, text->data() + done, text->size() - done);
            if (n <= 0) break;
            done += static_cast<size_t>(n);
        }
        ::_exit(1);  // exit_code::invalid_input (cli/exit_codes.hpp); no output file is written yet
    }
    ::signal(SIGBUS, SIG_DFL);
    ::raise(SIGBUS);
}

/// The SIGBUS handler in place while one file is read through mappings, the one before restored.
class FaultGuard {
public:
    explicit FaultGuard(const std::string& text) : text_(text) {
        struct sigaction handler {};
        handler.sa_handler = on_mapped_fault;
        sigemptyset(&handler.sa_mask);
        installed_ = ::sigaction(SIGBUS, &handler, &before_) == 0;
        if (installed_) fault_text.store(&text_);
    }
    ~FaultGuard() {
        if (!installed_) return;
        fault_text.store(nullptr);
        ::sigaction(SIGBUS, &before_, nullptr);
    }
    FaultGuard(const FaultGuard&) = delete;
    FaultGuard& operator=(const FaultGuard&) = delete;
    bool installed() const { return installed_; }

private:
    std::string text_;
    struct sigaction before_ {};
    bool installed_ = false;
};

/// A window of the file mapped into memory, read where it lies in the page cache instead of
/// copied out of it; unmapped when released or destroyed.
class MappedWindow {
public:
    MappedWindow() = default;
    ~MappedWindow() { release(); }
    MappedWindow(const MappedWindow&) = delete;
    MappedWindow& operator=(const MappedWindow&) = delete;
    /// Maps [at, at + n) of `file`; an empty view when it cannot.
    std::string_view map(const InputFile& file, Offset at, size_t n) {
        release();
        const Offset page = static_cast<Offset>(::sysconf(_SC_PAGESIZE)), start = at / page * page;
        const size_t length = static_cast<size_t>(at - start) + n;
        void* a = ::mmap(nullptr, length, PROT_READ, MAP_PRIVATE | MAP_POPULATE, file.fd(), static_cast<off_t>(start));
        if (a == MAP_FAILED) return {};
        addr_ = a;
        length_ = length;
        return {static_cast<const char*>(a) + (at - start), n};
    }
    bool active() const { return addr_ != nullptr; }
    void release() {
        if (addr_) ::munmap(addr_, length_);
        addr_ = nullptr;
    }

private:
    void* addr_ = nullptr;
    size_t length_ = 0;
};

/// Parses the records that start in [first, stop) into `sink`, from a window of the file mapped
/// into memory when `map` (and the mapping works), else read into `buffer`; a record longer than
/// `max_record` (from its first byte to the next record's) goes to sink.oversized, and when it
/// is longer than what was read, the rest is skipped a window at a time. `buffer` is reused.
/// From a guessed start, a record running more than a chunk past `stop` (or past the limit of a
/// record) means the guess fell inside quotes (every line end then looks quoted): WrongGuess is
/// thrown rather than reading on to the end of the file.
ChunkOutcome parse_chunk(const InputFile& file, Offset first, Offset stop, bool guessed, size_t max_record, bool map,
                         CsvChunkSink& sink, ByteBuffer& buffer) {
    static constexpr size_t read_ahead = 64 << 10;  // most records end within this past `stop`
    ChunkOutcome out{first, first, 0};
    if (first >= stop) return out;
    const Offset chunk = stop - first;
    Offset base = first;  // the file offset of buffer[0]
    MappedWindow mapped;
    std::string_view view;
    if (map) view = mapped.map(file, base, static_cast<size_t>(std::min(file.size(), stop + read_ahead) - base));
    if (!mapped.active()) {
        buffer.clear();
        file.read_into(buffer, base, static_cast<size_t>(std::min(file.size(), stop + read_ahead) - base));
        view = buffer.view();
    }
    std::vector<std::string_view> fields;
    std::string unescaped;
    const CsvColumns* columns = sink.columns();
    size_t pos = 0;
    while (base + pos < stop) {
        size_t next = 0;
        if (columns && fields.size() != columns->width) fields.assign(columns->width, {});
        if (columns && scan_quoted_columns(view, pos, *columns, fields, next, unescaped, sink.record_is_utf8)) {  // the fast path
            if (next - pos > max_record) sink.oversized(out.newlines);
            else sink.record(fields, out.newlines);
            ++out.newlines;
            pos = next;
            continue;
        }
        bool at_eof = base + view.size() >= file.size();
        CsvScan s = scan_csv_record(view, pos, at_eof, fields, unescaped);
        if (s.status == CsvScan::need_more) {  // a record longer than what was read
            if (mapped.active()) {  // the rest is read into the buffer, as much again at a time
                buffer.clear();
                std::memcpy(buffer.grow(view.size()), view.data(), view.size());
                mapped.release();
                view = buffer.view();
            }
            if (guessed && base + view.size() > stop + chunk) throw WrongGuess{};
            if (buffer.size() - pos > max_record) {
                if (guessed) throw WrongGuess{};  // maybe no record at all: parsed again from a known start
                sink.oversized(out.newlines);
                auto [next, newlines] = skip_record(file, base + pos, buffer);
                out.newlines += newlines;
                base = next;
                pos = 0;
                buffer.clear();
                if (base < stop) file.read_into(buffer, base, static_cast<size_t>(std::min(file.size(), stop + read_ahead) - base));
                view = buffer.view();
                continue;
            }
            size_t before = buffer.size();  // read as much again (up to the limit, and a bit past it)
            size_t more = std::max(buffer.size(), read_ahead);
            if (max_record != SIZE_MAX) more = std::min(more, max_record + 1 - (buffer.size() - pos) + read_ahead);
            file.read_into(buffer, base + view.size(), more);
            if (buffer.size() == before) throw InputError({file.path(), 0, 0}, msg("import.shorter"));
            view = buffer.view();
            continue;
        }
        if (s.status == CsvScan::end) break;
        sink.record_is_utf8 = false;
        if (s.next - pos > max_record) sink.oversized(out.newlines);  // read whole, yet over the limit all the same
        else if (!is_blank_record(fields)) sink.record(fields, out.newlines);
        out.newlines += s.newlines;
        pos = s.next;
    }
    out.next = base + pos;
    return out;
}

/// The guess of a chunk's first record: just after the first LF in [start - 1, stop), else `stop`.
Offset guess_first_record(const InputFile& file, Offset start, Offset stop, ByteBuffer& buffer) {
    for (Offset at = start - 1; at < stop; at += 4096) {
        buffer.clear();
        file.read_into(buffer, at, static_cast<size_t>(std::min<Offset>(4096, stop - at)));
        std::string_view bytes = buffer.view();
        if (const void* lf = std::memchr(bytes.data(), '\n', bytes.size()))
            return at + static_cast<Offset>(static_cast<const char*>(lf) - bytes.data()) + 1;
        if (bytes.empty()) break;
    }
    return stop;
}

/// The first record of a chunk whose guess failed: no real offset is this.
constexpr Offset wrong_guess = ~Offset(0);

struct Slot {
    std::unique_ptr<CsvChunkSink> sink;
    ChunkOutcome outcome;
    std::exception_ptr error;
    bool done = false;
};

}  // namespace

void CsvChunkSink::oversized(long line) {
    throw InputError(msg("import.record-too-long", line));
}

void read_csv_parallel(const std::string& path, unsigned long long from, long from_line,
                       const CsvParallelOptions& options, const std::function<std::unique_ptr<CsvChunkSink>()>& make,
                       const std::function<void(CsvChunkSink&, long first_line)>& merge) {
    InputFile file(path);
    std::optional<FaultGuard> guard;  // mappings only with a handler for their faults in place
    if (options.mapped_fault_text) guard.emplace(options.mapped_fault_text(path));
    const bool map = guard && guard->installed();
    if (from == 0) {  // a UTF-8 byte-order mark is not part of the first record
        ByteBuffer head;
        file.read_into(head, 0, 3);
        if (head.view() == "\xEF\xBB\xBF") from = 3;
    }
    const Offset chunk = std::max<size_t>(options.chunk_bytes, 1);
    const size_t chunks = from >= file.size() ? 0 : static_cast<size_t>((file.size() - from + chunk - 1) / chunk);
    auto stop_of = [&](size_t k) { return std::min(file.size(), from + (k + 1) * chunk); };
    const size_t threads = std::min<size_t>(static_cast<size_t>(std::max(options.threads, 1)), chunks);

    std::vector<Slot> slots(chunks);
    std::mutex mutex;
    std::condition_variable changed;
    size_t next_chunk = 0, merged = 0;
    bool stopping = false;
    const size_t window = 2 * threads;  // chunks parsed ahead of the merge, at most

    auto worker = [&] {
        ByteBuffer buffer;
        for (;;) {
            size_t k;
            {
                std::unique_lock lock(mutex);
                changed.wait(lock, [&] { return stopping || next_chunk >= chunks || next_chunk < merged + window; });
                if (stopping || next_chunk >= chunks) return;
                k = next_chunk++;
            }
            Slot s;
            try {
                s.sink = make();
                Offset start = from + k * chunk;
                s.outcome.first = k == 0 ? start : guess_first_record(file, start, stop_of(k), buffer);
                s.outcome = parse_chunk(file, s.outcome.first, stop_of(k), k > 0, options.max_record_bytes, map, *s.sink, buffer);
            } catch (const WrongGuess&) {
                s.outcome.first = wrong_guess;
            } catch (...) {
                s.error = std::current_exception();  // what a wrong guess throws is dropped by the merge
            }
            std::lock_guard lock(mutex);
            s.done = true;
            slots[k] = std::move(s);
            changed.notify_all();
        }
    };
    std::vector<std::thread> pool;
    auto stop_pool = [&] {
        {
            std::lock_guard lock(mutex);
            stopping = true;
        }
        changed.notify_all();
        for (auto& t : pool) t.join();
    };

    Offset expected = from;  // where the next chunk's first record really starts
    long line = from_line;
    ByteBuffer buffer;
    try {
        if (threads > 1)
            for (size_t t = 0; t < threads; ++t) pool.emplace_back(worker);
        for (size_t k = 0; k < chunks; ++k) {
            Slot s;
            if (threads > 1) {
                std::unique_lock lock(mutex);
                changed.wait(lock, [&] { return slots[k].done; });
                s = std::move(slots[k]);
                merged = k + 1;
                changed.notify_all();
            }
            const bool guessed_right = threads > 1 && s.outcome.first == expected;
            if (guessed_right && s.error) std::rethrow_exception(s.error);
            if (!guessed_right) {  // no guess, or a wrong one: parse from where the chunk before ended
                s.sink = make();
                s.outcome = parse_chunk(file, expected, stop_of(k), false, options.max_record_bytes, map, *s.sink, buffer);
                // When the last record of the chunk before runs past this whole chunk, this chunk
                // has no record of its own, and the next one starts where that record ends.
                if (expected >= stop_of(k)) s.outcome.next = expected;
            }
            merge(*s.sink, line);
            line += s.outcome.newlines;
            expected = s.outcome.next;
        }
    } catch (...) {
        stop_pool();
        throw;
    }
    stop_pool();
}

}  // namespace veedor
