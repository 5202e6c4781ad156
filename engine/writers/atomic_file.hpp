#pragma once
/// Output files that are either complete or absent: each is written to a temporary file in the
/// same folder and renamed into place, so an error or a kill never leaves half a report, and an
/// earlier good output survives a failed run.

#include <string>
#include <vector>

namespace veedor {

struct OutputFile {
    std::string path;
    std::string content;
};

/// Writes every file, or none of them is replaced: on a failure, files already renamed stay
/// (they are complete) and the temporary ones are removed. Refuses any path that is one of
/// `inputs`. Returns an error message, empty on success.
std::string write_outputs(const std::vector<OutputFile>& files, const std::vector<std::string>& inputs);

}  // namespace veedor
