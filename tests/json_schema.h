// Validates JSON text against one of the schemas in docs/schemas (draft-04,
// which RapidJSON's validator implements). Returns "" when valid, else why.
#pragma once

#include <rapidjson/document.h>
#include <rapidjson/schema.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <fstream>
#include <sstream>
#include <string>

#include "tests/test_paths.h"

namespace riskgraph::test {

inline std::string schema_violation(const std::string& json, const rapidjson::SchemaDocument& schema) {
    rapidjson::Document document;
    document.Parse(json.c_str());
    if (document.HasParseError()) return "output is not valid JSON";
    rapidjson::SchemaValidator validator(schema);
    if (document.Accept(validator)) return "";
    rapidjson::StringBuffer where, rule;
    validator.GetInvalidDocumentPointer().StringifyUriFragment(where);
    validator.GetInvalidSchemaPointer().StringifyUriFragment(rule);
    return std::string("at ") + where.GetString() + ": fails " + rule.GetString() + " (" +
           validator.GetInvalidSchemaKeyword() + ")";
}

inline std::string schema_violation(const std::string& json, const std::string& schema_name) {
    std::ifstream in(source_dir() / "docs" / "schemas" / schema_name);
    std::stringstream text;
    text << in.rdbuf();
    rapidjson::Document schema_json;
    schema_json.Parse(text.str().c_str());
    if (schema_json.HasParseError()) return "schema " + schema_name + " is not valid JSON";
    rapidjson::SchemaDocument schema(schema_json);
    return schema_violation(json, schema);
}

// Newline-delimited JSON: every non-empty line validated on its own against
// the schema. Returns "" when all are valid, else the first bad line and why.
inline std::string line_schema_violation(const std::string& lines, const std::string& schema_name) {
    std::ifstream in(source_dir() / "docs" / "schemas" / schema_name);
    std::stringstream text;
    text << in.rdbuf();
    rapidjson::Document schema_json;
    schema_json.Parse(text.str().c_str());
    if (schema_json.HasParseError()) return "schema " + schema_name + " is not valid JSON";
    rapidjson::SchemaDocument schema(schema_json);
    std::istringstream stream(lines);
    std::string line;
    for (int number = 1; std::getline(stream, line); ++number) {
        if (line.empty()) continue;
        if (std::string why = schema_violation(line, schema); !why.empty())
            return "line " + std::to_string(number) + " " + why;
    }
    return "";
}

}  // namespace riskgraph::test
