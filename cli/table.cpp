#include "cli/table.h"

#include <algorithm>

namespace riskgraph::cli {
namespace {

std::size_t display_width(const std::string& text) {
    return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    }));
}

void print_row(std::ostream& out, const Row& row, const std::vector<std::size_t>& widths) {
    for (std::size_t c = 0; c < row.size(); ++c) {
        out << row[c];
        if (c + 1 < row.size()) out << std::string(widths[c] - display_width(row[c]) + 2, ' ');
    }
    out << '\n';
}

std::string csv_field(const std::string& field) {
    if (field.find_first_of(",\"\r\n") == std::string::npos) return field;
    std::string quoted = "\"";
    for (char c : field) {
        if (c == '"') quoted += '"';
        quoted += c;
    }
    return quoted + '"';
}

}  // namespace

void print_table(std::ostream& out, const Row& header, const std::vector<Row>& rows) {
    std::vector<std::size_t> widths(header.size(), 0);
    for (std::size_t c = 0; c < header.size(); ++c) widths[c] = display_width(header[c]);
    for (const Row& row : rows)
        for (std::size_t c = 0; c < row.size() && c < widths.size(); ++c)
            widths[c] = std::max(widths[c], display_width(row[c]));
    print_row(out, header, widths);
    Row rule;
    for (std::size_t w : widths) rule.push_back(std::string(w, '-'));
    print_row(out, rule, widths);
    for (const Row& row : rows) print_row(out, row, widths);
}

void print_csv(std::ostream& out, const Row& header, const std::vector<Row>& rows) {
    auto line = [&](const Row& row) {
        for (std::size_t c = 0; c < row.size(); ++c) out << (c ? "," : "") << csv_field(row[c]);
        out << "\r\n";
    };
    line(header);
    for (const Row& row : rows) line(row);
}

}  // namespace riskgraph::cli
