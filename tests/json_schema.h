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

inline std::string schema_violation(const std::string& json, const std::string& schema_name) {
    std::ifstream in(source_dir() / "docs" / "schemas" / schema_name);
    std::stringstream text;
    text << in.rdbuf();
    rapidjson::Document schema_json;
    schema_json.Parse(text.str().c_str());
    if (schema_json.HasParseError()) return "schema " + schema_name + " is not valid JSON";
    rapidjson::SchemaDocument schema(schema_json);
    rapidjson::Document document;
    document.Parse(json.c_str());
    if (document.HasParseError()) return "output is not valid JSON";
    rapidjson::SchemaValidator validator(schema);
    if (document.Accept(validator)) return "";
    rapidjson::StringBuffer where, error;
    validator.GetInvalidDocumentPointer().StringifyUriFragment(where);
    rapidjson::Writer<rapidjson::StringBuffer> writer(error);
    validator.GetError().Accept(writer);
    return std::string("at ") + where.GetString() + ": keyword " + validator.GetInvalidSchemaKeyword() + " " +
           error.GetString();
}

}  // namespace riskgraph::test
