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

}  // namespace riskgraph::test
