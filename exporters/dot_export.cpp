#include "exporters/dot_export.h"

#include "exporters/number_text.h"

namespace riskgraph {

std::string dot_quote(std::string_view text) {
    std::string out = "\"";
    for (char c : text) {
        if (c == '"' || c == '\\') out += '\\';
        if (c == '\n')
            out += "\\n";
        else if (c != '\r')
            out += c;
    }
    out += '"';
    return out;
}

DotWriter::DotWriter(std::ostream& out) : out_(out) { out_ << "graph \"riskgraph\" {\n"; }

void DotWriter::node(const NodeRecord& node) {
    out_ << "  " << dot_quote(node.id) << " [label=" << dot_quote(node.name) << ", kind=\"" << to_string(node.kind)
         << "\", documents=" << node.documents << ", questions=" << node.questions;
    if (!node.first_date.empty())
        out_ << ", first_date=" << dot_quote(node.first_date) << ", last_date=" << dot_quote(node.last_date);
    out_ << "];\n";
}

void DotWriter::edge(const EdgeRecord& edge) {
    out_ << "  " << dot_quote(edge.source) << " -- " << dot_quote(edge.target) << " [weight=" << edge.questions
         << ", questions=" << edge.questions << ", documents=" << edge.documents
         << ", jaccard=" << dot_quote(number_text(edge.jaccard)) << ", npmi=" << dot_quote(number_text(edge.npmi))
         << "];\n";
}

void DotWriter::finish() {
    out_ << "}\n";
    out_.flush();
}

}  // namespace riskgraph
