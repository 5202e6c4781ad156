#include "yaml/text_checks.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <filesystem>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace veedor {

bool check_input_path(const std::string& path, std::string_view expected, Diagnostics& diags) {
    namespace fs = std::filesystem;
    std::error_code ec;
    auto status = fs::status(path, ec);
    if (ec || !fs::exists(status)) {
        diags.error({path, 0, 0}, msg("file.missing"));
        return false;
    }
    if (fs::is_directory(status)) {
        diags.error({path, 0, 0}, msg("file.directory", noun(expected)));
        return false;
    }
    if (!fs::is_regular_file(status)) {
        diags.error({path, 0, 0}, msg("file.not-regular", noun(expected)));
        return false;
    }
    return true;
}

Message read_failure(int error) { return msg("file.cannot-read", std::strerror(error)); }

bool read_input_file(const std::string& path, long max_bytes, std::string& out, Diagnostics& diags) {
    if (!check_input_path(path, "a YAML file", diags)) return false;
    auto too_big = [&](unsigned long long size) {
        diags.error({path, 0, 0}, msg("file.too-big", size, max_bytes));
        return false;
    };
    // O_NONBLOCK: should the path have become a pipe since it was checked, no open waits for a writer.
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) {
        diags.error({path, 0, 0}, read_failure(errno));
        return false;
    }
    struct stat st {};
    if (::fstat(fd, &st) == 0 && st.st_size > max_bytes) {
        ::close(fd);
        return too_big(static_cast<unsigned long long>(st.st_size));
    }
    // One buffer of the file's size (a stringstream would grow by doubling and then copy); files
    // that tell no size (under /proc) or grow meanwhile are read on, up to the limit.
    out.resize(static_cast<size_t>(std::max<off_t>(st.st_size, 0)) + 1);
    size_t got = 0;
    for (;;) {
        if (got == out.size()) out.resize(std::min<size_t>(2 * out.size(), static_cast<size_t>(max_bytes) + 1));
        ssize_t r = ::read(fd, out.data() + got, out.size() - got);
        if (r < 0 && errno == EINTR) continue;
        if (r < 0) {  // a read that fails midway (an I/O error, /proc/self/mem): say why, like open
            int error = errno;
            ::close(fd);
            out.clear();
            diags.error({path, 0, 0}, read_failure(error));
            return false;
        }
        if (r == 0) break;
        got += static_cast<size_t>(r);
        if (got > static_cast<size_t>(max_bytes)) {
            ::close(fd);
            out.clear();
            return too_big(got);
        }
    }
    ::close(fd);
    out.resize(got);
    return true;
}

std::string controls_as_spaces(std::string_view text) {
    std::string out(text);
    for (char& c : out)
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) c = ' ';
    return out;
}

bool normalize_text(std::string& text, const std::string& name, Diagnostics& diags) {
    if (text.rfind("\xEF\xBB\xBF", 0) == 0) text.erase(0, 3);
    const int errors_before = diags.error_count();
    // Rewritten in place: the text only ever shrinks (CRLF to LF, bad bytes dropped), so the
    // write position `w` never passes the read position `i`, and no second copy of the file exists.
    size_t w = 0;
    int line = 1, column = 1;
    int bad_utf8 = 0, lone_cr = 0;
    bool line_start = true;  // at the first byte of a line
    for (size_t i = 0; i < text.size();) {
        char c = text[i];
        if (c == '\0') {
            // One is enough: a file with NUL bytes is not text, and its other problems are noise.
            diags.error({name, line, column}, msg("file.nul"));
            return false;
        }
        if (c == '\r') {
            if (i + 1 < text.size() && text[i + 1] == '\n') {
                ++i;  // CRLF: keep the LF only
                continue;
            }
            if (lone_cr++ == 0)
                diags.error({name, line, column}, msg("file.lone-cr"));
            text[w++] = '\n';
            ++i, ++line, column = 1, line_start = true;
            continue;
        }
        size_t n = utf8_length(text, i);
        if (n == 0) {
            if (++bad_utf8 <= 5) diags.error({name, line, column}, msg("file.bad-utf8"));
            ++i, ++column;
            continue;
        }
        // A tab that starts a line can only be indentation, which YAML forbids (yaml-cpp's own
        // message for it is misleading). Tabs after spaces may be content of a block scalar.
        if (c == '\t' && line_start) diags.error({name, line, column}, msg("file.tab-indent"));
        line_start = false;
        if (w != i) std::memmove(&text[w], &text[i], n);
        w += n;
        i += n;
        if (c == '\n') ++line, column = 1, line_start = true;
        else ++column;
    }
    if (bad_utf8 > 5) diags.error({name, 0, 0}, msg("file.more-bad-utf8", bad_utf8 - 5));
    text.resize(w);
    return diags.error_count() == errors_before;
}

}  // namespace veedor
