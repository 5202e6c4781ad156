// The parallel chunk reader gives the records and line numbers of one sequential pass, whatever
// the chunk size and thread count: quoted line ends across chunk edges, CRLF and CR-only files,
// records longer than a chunk.
#include "core/error.hpp"
#include "core/utf8.hpp"
#include "csv/csv_chunks.hpp"
#include "csv/csv_scan.hpp"
#include "csv/csv_stream.hpp"
#include "text/messages.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <random>

#include <sys/wait.h>
#include <unistd.h>

using namespace veedor;

namespace {

struct Row {
    long line;
    std::vector<std::string> fields;
    bool operator==(const Row&) const = default;
};

class TempFile {
public:
    explicit TempFile(const std::string& text)
        : path_(std::filesystem::temp_directory_path() / ("veedor-chunks-" + std::to_string(::getpid()) + ".csv")) {
        std::ofstream(path_, std::ios::binary) << text;
    }
    ~TempFile() { std::filesystem::remove(path_); }
    std::string path() const { return path_.string(); }

private:
    std::filesystem::path path_;
};

std::vector<Row> read_sequential(const std::string& path) {
    CsvStream in(path);
    std::vector<Row> rows;
    std::vector<std::string_view> f;
    while (in.next(f)) rows.push_back({in.line(), {f.begin(), f.end()}});
    return rows;
}

struct Collect : CsvChunkSink {
    std::vector<Row> rows;
    void record(const std::vector<std::string_view>& f, long line) override { rows.push_back({line, {f.begin(), f.end()}}); }
};

/// `mapped`: through mappings of the file (CsvParallelOptions::mapped_fault_text), else pread.
std::vector<Row> read_parallel(const std::string& path, int threads, size_t chunk, bool mapped = false) {
    std::vector<Row> rows;
    CsvParallelOptions options{threads, chunk};
    if (mapped) options.mapped_fault_text = [](const std::string& p) { return p + ": cut short\n"; };
    read_csv_parallel(
        path, 0, 1, options, [] { return std::make_unique<Collect>(); },
        [&](CsvChunkSink& s, long first_line) {
            for (Row r : static_cast<Collect&>(s).rows) {
                r.line += first_line;
                rows.push_back(std::move(r));
            }
        });
    return rows;
}

/// Random CSV text made of the pieces that trouble a chunked reader.
std::string random_csv(std::mt19937& rng, int records) {
    static const char* pieces[] = {"a", "bc", "\"q\"", "\"x,y\"", "\"two\nlines\"", "\"say \"\"hi\"\"\"", "\"\"",
                                   "\"cr\r\nlf\"", "12.50", ""};
    static const char* ends[] = {"\n", "\r\n", "\n\n"};
    std::string text;
    for (int r = 0; r < records; ++r) {
        int fields = 1 + static_cast<int>(rng() % 5);
        for (int f = 0; f < fields; ++f) text += std::string(f ? "," : "") + pieces[rng() % std::size(pieces)];
        text += ends[rng() % std::size(ends)];
    }
    return text;
}

}  // namespace

TEST_CASE("chunks of any size on any number of threads read like one pass") {
    std::mt19937 rng(20161231);
    for (int round = 0; round < 40; ++round) {
        TempFile file(random_csv(rng, 1 + round * 3));
        std::vector<Row> expected = read_sequential(file.path());
        for (size_t chunk : {1, 2, 3, 5, 8, 13, 64, 4096})
            for (int threads : {1, 2, 3}) {
                CAPTURE(round);
                CAPTURE(chunk);
                CAPTURE(threads);
                REQUIRE(read_parallel(file.path(), threads, chunk) == expected);
                REQUIRE(read_parallel(file.path(), threads, chunk, true) == expected);
            }
    }
}

TEST_CASE("a file cut short while it is read through mappings ends the process with its message and exit 1") {
    // The sink truncates the file at its first record: the next read of a mapped page raises
    // SIGBUS, which the reader's handler turns into the text it was given and exit 1. In a child
    // process, whose stderr is a pipe.
    std::string text;
    for (int r = 0; r < 20000; ++r) text += "\"" + std::to_string(r) + "\",\"some text\"\n";
    TempFile file(text);
    int pipe_ends[2];
    REQUIRE(::pipe(pipe_ends) == 0);
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        ::dup2(pipe_ends[1], 2);
        struct Cutter : CsvChunkSink {
            std::string path;
            void record(const std::vector<std::string_view>&, long) override {
                if (!path.empty() && ::truncate(path.c_str(), 0) != 0) ::_exit(3);
                path.clear();
            }
        };
        CsvParallelOptions options{1, 1 << 20};
        options.mapped_fault_text = [](const std::string& p) { return p + ": cut short\n"; };
        read_csv_parallel(
            file.path(), 0, 1, options,
            [&] {
                auto c = std::make_unique<Cutter>();
                c->path = file.path();
                return c;
            },
            [](CsvChunkSink&, long) {});
        ::_exit(0);  // not reached: the reading stops at the fault
    }
    ::close(pipe_ends[1]);
    std::string said;
    char bytes[256];
    for (ssize_t n; (n = ::read(pipe_ends[0], bytes, sizeof bytes)) > 0;) said.append(bytes, static_cast<size_t>(n));
    ::close(pipe_ends[0]);
    int status = 0;
    REQUIRE(::waitpid(child, &status, 0) == child);
    REQUIRE(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 1);
    CHECK(said == file.path() + ": cut short\n");
}

TEST_CASE("a file with CR line ends only is read right, though every guess of a record start fails") {
    // The CR inside quotes is a line end too, as in an editor: "d,e" is on line 4, as with LFs.
    TempFile file("h1,h2\r\"a\rb\",c\rd,e\r");
    std::vector<Row> expected{{1, {"h1", "h2"}}, {2, {"a\rb", "c"}}, {4, {"d", "e"}}};
    CHECK(read_sequential(file.path()) == expected);
    for (size_t chunk : {1, 4, 7, 100}) CHECK(read_parallel(file.path(), 2, chunk) == expected);
}

TEST_CASE("a record longer than many chunks") {
    std::string big(100000, 'x');
    TempFile file("a,\"" + big + "\nstill inside\"\nb,c\n");
    std::vector<Row> rows = read_parallel(file.path(), 2, 1000);
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].fields[1] == big + "\nstill inside");
    CHECK(rows[1] == Row{3, {"b", "c"}});
}

TEST_CASE("records longer than the limit go to oversized() at their line, on any chunk size and thread count") {
    // Every record starts with 'r' (no blank line), so that its bytes are the offsets around it
    // in one pass of CsvStream; the long pieces hold quoted line ends, CRs and quotes.
    static const char* pieces[] = {"a", "\"x,y\"", "\"two\nlines\"", "\"say \"\"hi\"\"\"", "", "12.50"};
    static const char* ends[] = {"\n", "\r\n", "\r"};
    const std::string long_quoted = "\"" + std::string(90, 'q') + "\n\r\n\"\"" + std::string(90, 'Q') + "\"";
    const std::string long_plain(170, 'p');
    const size_t limit = 150;
    struct Marking : Collect {
        void oversized(long line) override { rows.push_back({line, {"<oversized>"}}); }
    };
    std::mt19937 rng(20260101);
    for (int round = 0; round < 30; ++round) {
        std::string text;
        for (int r = 0, records = 1 + round * 2; r < records; ++r) {
            text += "r";
            for (int f = 0, fields = static_cast<int>(rng() % 4); f < fields; ++f) {
                unsigned pick = rng() % 10;
                text += "," + (pick == 8 ? long_quoted : pick == 9 ? long_plain : std::string(pieces[pick % std::size(pieces)]));
            }
            text += ends[rng() % std::size(ends)];
        }
        TempFile file(text);
        std::vector<Row> expected;  // one pass without a limit; records over it replaced by the mark
        {
            CsvStream in(file.path());
            std::vector<std::string_view> f;
            for (unsigned long long start = in.offset(); in.next(f); start = in.offset())
                expected.push_back(in.offset() - start > limit ? Row{in.line(), {"<oversized>"}}
                                                               : Row{in.line(), {f.begin(), f.end()}});
        }
        for (size_t chunk : {1, 7, 64, 200, 4096})
            for (int threads : {1, 2, 3}) {
                CAPTURE(round);
                CAPTURE(chunk);
                CAPTURE(threads);
                std::vector<Row> rows;
                CsvParallelOptions options{threads, chunk};
                options.max_record_bytes = limit;
                read_csv_parallel(
                    file.path(), 0, 1, options, [] { return std::make_unique<Marking>(); },
                    [&](CsvChunkSink& s, long first_line) {
                        for (Row r : static_cast<Collect&>(s).rows) rows.push_back({r.line + first_line, r.fields});
                    });
                REQUIRE(rows == expected);
            }
    }
}

TEST_CASE("a header longer than the limit is not read whole") {
    TempFile file("h1," + std::string(5000, 'h') + "\nx,y\n");
    CsvStream in(file.path(), 1000);
    std::vector<std::string_view> f;
    CHECK_FALSE(in.next(f));
    CHECK(in.too_long());
    CHECK(in.error() == 0);
    CsvStream exact(file.path(), 5004);  // "h1," + 5000 + "\n": the line end counts
    CHECK(exact.next(f));
    CHECK(f.size() == 2);
}

TEST_CASE("a missing file is an input error located at the file") {
    try {
        read_parallel("/nonexistent/veedor.csv", 2, 10);
        FAIL("no error");
    } catch (const InputError& e) {
        REQUIRE(e.where());
        CHECK(e.where()->str() == "/nonexistent/veedor.csv");
        CHECK(message_text(e.message(), Lang::en) == "cannot be read: No such file or directory");
        CHECK(message_text(e.message(), Lang::es) == "no se puede leer: No such file or directory");
        CHECK(std::string(e.what()) == "/nonexistent/veedor.csv: error: cannot be read: No such file or directory");
    }
}

TEST_CASE("what a sink throws on a record of a wrong guess does not count") {
    // From a guess inside the quotes, "BOOM" looks like a record of its own; it is not one.
    struct Picky : Collect {
        void record(const std::vector<std::string_view>& f, long line) override {
            if (!f.empty() && f[0] == "BOOM") throw std::runtime_error("sink saw BOOM");
            Collect::record(f, line);
        }
    };
    TempFile file("a,b\nc,\"x\nBOOM\ny\"\nd,e\n");
    for (int threads : {1, 2, 3}) {
        std::vector<Row> rows;
        read_csv_parallel(
            file.path(), 0, 1, {threads, 8}, [] { return std::make_unique<Picky>(); },
            [&](CsvChunkSink& s, long first_line) {
                for (Row r : static_cast<Collect&>(s).rows) rows.push_back({r.line + first_line, r.fields});
            });
        CHECK(rows == std::vector<Row>{{1, {"a", "b"}}, {2, {"c", "x\nBOOM\ny"}}, {5, {"d", "e"}}});
    }
}

TEST_CASE("a file that becomes shorter while it is read is an error, not an endless loop") {
    std::string text;
    for (int i = 0; i < 2000; ++i) text += "\"row\",\"" + std::to_string(i) + "\"\n";
    TempFile file(text);
    struct Truncating : Collect {
        std::string path;
        void record(const std::vector<std::string_view>& f, long line) override {
            if (rows.empty()) std::filesystem::resize_file(path, 100);
            Collect::record(f, line);
        }
    };
    for (int threads : {1, 2}) {
        std::filesystem::resize_file(file.path(), 0);
        std::ofstream(file.path(), std::ios::binary) << text;
        CHECK_THROWS_WITH_AS(read_csv_parallel(
                                 file.path(), 0, 1, {threads, 1000},
                                 [&] {
                                     auto s = std::make_unique<Truncating>();
                                     s->path = file.path();
                                     return s;
                                 },
                                 [](CsvChunkSink&, long) {}),
                             doctest::Contains(": error: the file became shorter while it was read"), InputError);
    }
}

TEST_CASE("a byte-order mark is not part of the first field") {
    TempFile file("\xEF\xBB\xBF\"h1\",h2\nx,y\n");
    std::vector<Row> expected{{1, {"h1", "h2"}}, {2, {"x", "y"}}};
    CHECK(read_sequential(file.path()) == expected);
    CHECK(read_parallel(file.path(), 2, 4) == expected);
}

namespace {

/// scan_quoted_columns reading every column of a record of `width` fields.
bool scan_all_quoted(std::string_view buf, size_t pos, size_t width, std::vector<std::string>& got, size_t& next) {
    CsvColumns all{width, {}};
    for (size_t c = 0; c < width; ++c) all.wanted.push_back(c);
    std::vector<std::string_view> fields(width);
    std::string unescaped;
    bool utf8 = false;
    if (!scan_quoted_columns(buf, pos, all, fields, next, unescaped, utf8)) return false;
    CHECK_MESSAGE(utf8 == is_utf8(buf.substr(pos, next - pos)), buf);
    got.assign(fields.begin(), fields.end());
    return true;
}

}  // namespace

TEST_CASE("the fast path for fully quoted records gives what the general scanner gives or declines") {
    std::vector<std::string_view> general;
    std::vector<std::string> got;
    std::string unescaped;
    size_t next = 0;
    // The MEF's form is taken, commas inside fields included; LF or CRLF.
    for (std::string line : {std::string("\"2016\",\"a, b\",\"\",\"3.5\"\r\n"), std::string("\"x\"\n"), std::string("\"\",\"\"\r\n")}) {
        CsvScan s = scan_csv_record(line, 0, true, general, unescaped);
        REQUIRE(scan_all_quoted(line, 0, general.size(), got, next));
        CHECK(got == std::vector<std::string>(general.begin(), general.end()));
        CHECK(next == s.next);
        CHECK(s.newlines == 1);
        CHECK_FALSE(scan_all_quoted(line, 0, general.size() + 1, got, next));  // another width: declined
    }
    // Only the wanted columns are placed.
    std::string mef = "\"2016\",\"5\",\"E\",\"x\",\"y\",\"-3.5\"\r\n";
    std::vector<std::string_view> some(6, "untouched");
    bool utf8 = false;
    REQUIRE(scan_quoted_columns(mef, 0, CsvColumns{6, {1, 5}}, some, next, unescaped, utf8));
    CHECK(utf8);
    std::string accented = "\"2016\",\"Ñ\"\n";
    std::vector<std::string_view> two(2);
    REQUIRE(scan_quoted_columns(accented, 0, CsvColumns{2, {0}}, two, next, unescaped, utf8));
    CHECK(utf8);  // a record with accents is UTF-8 too: its names need no second look
    std::string latin1 = "\"2016\",\"\xD1\"\n";  // Ñ in Latin-1
    REQUIRE(scan_quoted_columns(latin1, 0, CsvColumns{2, {0}}, two, next, unescaped, utf8));
    CHECK_FALSE(utf8);
    CHECK(std::vector<std::string>(some.begin(), some.end()) ==
          std::vector<std::string>{"untouched", "5", "untouched", "untouched", "untouched", "-3.5"});
    // Records it must leave to the general scanner.
    for (std::string line : {"\"a\",\"b\r\nc\"\n", "\"a\",\"b\"", "\"a\",\"b\"\r", "\"a\"\r\r\n", "\"a\",\"b\rc\"\n", "\r\n", "\n",
                             "\"a\",\"b\nc\"\n"})
        for (size_t width = 1; width < 5; ++width) CHECK_MESSAGE(!scan_all_quoted(line, 0, width, got, next), line);
    // A "" inside a quoted field, and fields without quotes, are read as the general scanner reads them.
    for (std::string line : {std::string("\"a\"\"b\",\"c\"\n"), std::string("\"a\",b\n"), std::string("\",\",\"c\"\n"),
                             std::string("\"a\"\"\",\"\"\"x\"\r\n"), std::string("a\"b,\"c\"\"\n")}) {
        CsvScan s = scan_csv_record(line, 0, true, general, unescaped);
        std::vector<std::string> want(general.begin(), general.end());
        REQUIRE_MESSAGE(scan_all_quoted(line, 0, want.size(), got, next), line);
        CHECK_MESSAGE(got == want, line);
        CHECK(next == s.next);
    }
    // Random records of the bytes that matter, at every offset across a 64-byte block: whenever the
    // fast path takes one, the general scanner gives the same fields, one line end and the same end.
    std::mt19937 random(7);
    const char alphabet[] = {'"', ',', '\r', '\n', 'a', '"', ','};
    long taken = 0;
    for (int trial = 0; trial < 20000; ++trial) {
        std::string text(random() % 130, 'a');
        if (trial % 2) {  // mostly well formed: quoted fields, then a few bytes changed
            text.clear();
            for (int f = 0, n = 1 + random() % 12; f < n; ++f)
                text += (f ? ",\"" : "\"") + std::string(random() % 9, 'x') + "\"";
            text += random() % 2 ? "\r\n" : "\n";
            for (int k = 0, n = random() % 3; k < n; ++k) text[random() % text.size()] = alphabet[random() % 7];
        } else {
            for (char& c : text) c = alphabet[random() % 7];
        }
        std::string buf = std::string(random() % 70, '\n') + text;
        size_t pos = buf.size() - text.size();
        CsvScan s = scan_csv_record(buf, pos, true, general, unescaped);
        for (size_t width : {general.size(), size_t(1 + random() % 12)}) {
            if (!scan_all_quoted(buf, pos, width, got, next)) continue;
            ++taken;
            REQUIRE_MESSAGE(s.status == CsvScan::record, buf);
            CHECK_MESSAGE(got == std::vector<std::string>(general.begin(), general.end()), buf);
            CHECK_MESSAGE(next == s.next, buf);
            CHECK_MESSAGE(s.newlines == 1, buf);
        }
    }
    CHECK(taken > 5000);
}

TEST_CASE("the fast path tells a record that is UTF-8 from one that is not at every offset across a block") {
    // Characters of 2, 3 and 4 bytes and broken ones (a lone continuation byte, a cut character, an
    // overlong form, a surrogate, past U+10FFFF, Latin-1), each at every offset across the first
    // 64-byte blocks, so a character runs from one block into the next: the flag is is_utf8 of the
    // record (scan_all_quoted checks it), and the fields are the general scanner's.
    const std::string pieces[] = {"Ñ", "–", "𝄞", "\x80", "\xC3", "\xE2\x80", "\xC0\x80", "\xED\xA0\x80", "\xF4\x90\x80\x80", "\xD1"};
    std::vector<std::string_view> general;
    std::vector<std::string> got;
    std::string unescaped;
    size_t next = 0;
    long valid = 0, broken = 0;
    for (const std::string& piece : pieces)
        for (size_t at = 0; at < 140; ++at) {
            std::string line = "\"" + std::string(at, 'a') + piece + "\",\"x" + piece + "\"\r\n";
            CsvScan s = scan_csv_record(line, 0, true, general, unescaped);
            REQUIRE_MESSAGE(scan_all_quoted(line, 0, 2, got, next), line);
            CHECK(got == std::vector<std::string>(general.begin(), general.end()));
            CHECK(next == s.next);
            ++(is_utf8(line) ? valid : broken);
        }
    CHECK(valid == 3 * 140);
    CHECK(broken == 7 * 140);
}
