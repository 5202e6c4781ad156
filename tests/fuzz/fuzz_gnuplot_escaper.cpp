// libFuzzer target: gnuplot_string() always yields one single-quoted string with no quote, line
// end or control character inside, so nothing after it can run as a command.
#include "plots/gnuplot_text.hpp"

#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string text(reinterpret_cast<const char*>(data), size);
    for (const std::string& q : {veedor::gnuplot_string(text), veedor::gnuplot_tic_label(text)}) {
        if (q.size() < 2 || q.front() != '\'' || q.back() != '\'') __builtin_trap();
        for (size_t i = 1; i + 1 < q.size(); ++i) {
            auto c = static_cast<unsigned char>(q[i]);
            if (c == '\'' || c < 0x20 || c == 0x7F) __builtin_trap();
        }
    }
    std::string field = veedor::data_field(text);
    for (char c : field)
        if (c == '\t' || c == '\n' || c == '\r' || c == '"') __builtin_trap();
    return 0;
}
