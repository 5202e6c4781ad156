#pragma once
/// `report --pdf`: the brief printed to A4 by headless Chromium. Chromium is started with
/// posix_spawn and an argument vector (no shell), on a copy of the brief in a private temporary
/// folder, so no name from the command line ever reaches it; the PDF comes back as bytes for the
/// caller to write atomically with the other outputs.

#include "core/diagnostics.hpp"

#include <optional>
#include <string>

namespace veedor {

/// The Chromium program on PATH (chromium, chromium-browser, google-chrome), or empty.
std::string find_chromium();

/// What printing gave: the PDF's bytes, or why there are none.
struct PrintedPdf {
    std::string bytes;
    std::optional<Message> problem;  ///< why not (keys "pdf.*"); nothing when `bytes` holds a PDF
};

/// Prints `html` (a self-contained page: no file beside it is read) to an A4 PDF with
/// `chromium`, waiting at most `timeout_seconds`; on a timeout the whole process group Chromium
/// started is killed. Nothing is written outside the private folder, which is removed.
[[nodiscard]] PrintedPdf print_pdf(const std::string& chromium, const std::string& html, int timeout_seconds);

}  // namespace veedor
