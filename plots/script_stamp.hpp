// The checksum line veedor writes at the top of each .gp, so that a later run can tell a script
// the user has edited (keep it) from one veedor wrote and nobody touched (safe to replace).
#pragma once

#include <string>

namespace veedor {

/// The script with a first line `# veedor: fnv1a64 HHHHHHHHHHHHHHHH` prepended, where the 16 lower-case hex
/// digits are the 64-bit FNV-1a hash of the script's bytes (everything after that line). FNV-1a is not
/// a defence against anyone: it only notices edits, and is stable across machines and versions.
std::string stamped_script(const std::string& script);

/// True when `text` (a .gp file's whole content) starts with a checksum line that matches the rest.
/// A file without that line (written by hand, or by a veedor before the checksum) is not intact.
bool intact_script(const std::string& text);

}  // namespace veedor
