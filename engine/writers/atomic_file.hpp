#pragma once
/// Output files that are either complete or absent: each is written to a temporary file in the
/// same folder and renamed into place, so an error or a kill never leaves half a report, and an
/// earlier good output survives a failed run.

#include "core/diagnostics.hpp"

#include <optional>
#include <string>
#include <vector>

namespace veedor {

struct OutputFile {
    std::string path;
    std::string content;
    bool binary = false;  ///< an image; any other output is text, and written as valid UTF-8
};

/// Writes every file, or none of them is replaced. Every target is checked first (none is an
/// input of the run, a folder, or anything but a regular file or a symlink to one: a device such
/// as /dev/null is never replaced), then every temporary file is written, then all are renamed
/// into place in one short final pass, so a run's outputs appear together. On a failure, the
/// temporary files are removed. A text's bytes that are not UTF-8 become U+FFFD. Temporary files
/// left by a killed run (NAME.tmp-PID, .veedor-render-PID of a process that no longer runs)
/// beside a target are removed. Returns why nothing was written (keys "output.*", in no
/// language: the caller prints it), or nothing on success.
[[nodiscard]] std::optional<Message> write_outputs(const std::vector<OutputFile>& files, const std::vector<std::string>& inputs);

}  // namespace veedor
