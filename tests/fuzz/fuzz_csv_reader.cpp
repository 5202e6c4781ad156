// libFuzzer target: any bytes read by the parallel chunk reader (chunk size and thread count taken
// from the first byte) give the same records and line numbers as one sequential pass of CsvStream.
#include "csv/csv_chunks.hpp"
#include "csv/csv_stream.hpp"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include <unistd.h>

namespace {

using Records = std::vector<std::pair<long, std::vector<std::string>>>;

struct Collect : veedor::CsvChunkSink {
    Records records;
    void record(const std::vector<std::string_view>& f, long line) override {
        records.emplace_back(line, std::vector<std::string>(f.begin(), f.end()));
    }
};

const std::string& scratch_path() {
    static const std::string path = "/tmp/veedor-fuzz-csv-" + std::to_string(::getpid()) + ".csv";
    return path;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size == 0) return 0;
    const size_t chunk = 1 + data[0] % 64;
    const int threads = 1 + (data[0] >> 6) % 3;
    std::FILE* f = std::fopen(scratch_path().c_str(), "wb");
    if (!f) std::abort();
    std::fwrite(data + 1, 1, size - 1, f);
    std::fclose(f);

    Records sequential;
    veedor::CsvStream in(scratch_path());
    std::vector<std::string_view> fields;
    while (in.next(fields)) sequential.emplace_back(in.line(), std::vector<std::string>(fields.begin(), fields.end()));

    Records parallel;
    veedor::CsvParallelOptions options;
    options.threads = threads;
    options.chunk_bytes = chunk;
    if (size % 2)  // through mappings of the file, or with pread: the same records either way
        options.mapped_fault_text = [](const std::string& path) { return path + ": cut short\n"; };
    veedor::read_csv_parallel(
        scratch_path(), 0, 1, options, [] { return std::make_unique<Collect>(); },
        [&](veedor::CsvChunkSink& s, long first_line) {
            for (auto& [line, record] : static_cast<Collect&>(s).records) parallel.emplace_back(first_line + line, record);
        });
    if (parallel != sequential) std::abort();
    return 0;
}
