#pragma once
/// One CSV record at a time from a buffer in memory: the scanner under CsvStream and the
/// parallel chunk reader (csv_chunks.hpp), so both split records the same way.
///
/// The rules (RFC 4180, plus what files in the wild need):
/// - fields are separated by commas; a record ends at LF, CRLF or a lone CR outside quotes;
/// - a double quote toggles quoting wherever it is, so a comma or a line end between two quotes
///   belongs to the field ("" inside quotes toggles twice: it is a literal quote);
/// - a field that begins and ends with a quote loses them, and "" inside it becomes ";
///   any other field is kept byte for byte (a stray quote in the middle stays);
/// - a file that ends inside quotes ends the record there (the field keeps its opening quote).
///
/// The scan classifies 64 bytes at a time into bit masks (SSE2 where the machine has it) and
/// finds the quoted stretches with a prefix XOR of the quote mask, so the cost per byte does not
/// depend on how many fields or quotes a record has.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace veedor {

struct CsvScan {
    enum Status { record, need_more, end } status = end;
    size_t next = 0;    ///< where the following record starts (status == record)
    long newlines = 0;  ///< line ends from the record's start to `next` (LF, CRLF or lone CR)
};

/// Scans the record that starts at `pos` in `buf`. `at_eof`: no byte follows `buf`, so a record
/// cut by the end of `buf` is complete; otherwise the scan says `need_more`. `fields` receives
/// views into `buf`, or into `unescaped` for fields that had "" (both valid until the next
/// call). Returns `end` when `pos` is at the end of `buf` and `at_eof`.
CsvScan scan_csv_record(std::string_view buf, size_t pos, bool at_eof, std::vector<std::string_view>& fields,
                        std::string& unescaped);

/// The columns a reader uses, of records of a known width.
struct CsvColumns {
    size_t width = 0;            ///< fields in a record
    std::vector<size_t> wanted;  ///< the columns read, ascending, each below width
};

/// The fast path for the MEF's files, for a reader of some columns of records of a known width:
/// the record at `pos` ends at an LF or CRLF outside quotes within `buf`, has no CR or LF inside
/// quotes, and has columns.width fields. Then the wanted fields are set in `fields` (which must
/// hold columns.width views; the others are left as they were) exactly as scan_csv_record gives
/// them (views into `buf`, or into `unescaped` for fields that had ""); `next` gets the start of
/// the following record, `utf8` whether the whole record is valid UTF-8 (so every field is: a
/// field is cut from it at ASCII bytes), and it returns true (one line end). Any other record (blank, another
/// width, cut by the end of `buf`) returns false, with `fields` in any state: scan it with
/// scan_csv_record.
/// Its cost: 64 bytes at a time classified (AVX2, with the quoted stretches a carry-less
/// multiplication, where the machine has it, chosen once at run time; SSE2 otherwise); the
/// separators before a wanted field are counted (POPCNT), not visited; the UTF-8 check looks only
/// at the characters that start at a byte above 0x7F, found in the same masks.
bool scan_quoted_columns(std::string_view buf, size_t pos, const CsvColumns& columns, std::vector<std::string_view>& fields,
                         size_t& next, std::string& unescaped, bool& utf8);

/// A blank line reads as one empty field; readers skip it.
inline bool is_blank_record(const std::vector<std::string_view>& fields) {
    return fields.size() == 1 && fields[0].empty();
}

}  // namespace veedor
