// FollowTheMoney lines: only real schemata and properties, stable ids, and
// links that point at entities of the same export.
#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include <map>
#include <set>
#include <sstream>

#include "exporters/export_format.h"
#include "exporters/stable_id.h"
#include "tests/exporters/export_fixture.h"

namespace riskgraph {
namespace {

// The schemata and properties the export may use. Each property is defined
// in the followthemoney repository's schema YAML files
// (followthemoney/schema/*.yaml, github.com/opensanctions/followthemoney, also
// alephdata/followthemoney): Thing.yaml (name, alias, wikidataId, publisher,
// keywords, country), Document.yaml (title, fileName, date, author),
// Interval.yaml (summary, date), Interest.yaml (role), Documentation.yml
// (document, entity), Membership.yaml (member, organization). Company,
// Organization, PublicBody and Person inherit Thing through LegalEntity.
const std::map<std::string, std::set<std::string>> kFtmSchemata = {
    {"Company", {"name", "alias", "wikidataId", "publisher"}},
    {"PublicBody", {"name", "alias", "wikidataId", "publisher"}},
    {"Organization", {"name", "alias", "wikidataId", "publisher"}},
    {"Person", {"name", "alias", "wikidataId", "publisher"}},
    {"Document", {"name", "title", "fileName", "date", "author", "keywords", "country"}},
    {"Documentation", {"document", "entity", "role", "summary", "date"}},
    {"Membership", {"member", "organization", "role"}},
};

struct FtmEntity {
    std::string schema;
    std::map<std::string, std::vector<std::string>> properties;
};

// id -> entity, failing the test on anything not FtM-shaped.
std::map<std::string, FtmEntity> read_ftm(const std::string& text) {
    std::map<std::string, FtmEntity> entities;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) {
        rapidjson::Document d;
        d.Parse(line.c_str());
        EXPECT_FALSE(d.HasParseError()) << line;
        if (d.HasParseError()) continue;
        EXPECT_EQ(d.MemberCount(), 3u) << line;
        std::string id = d["id"].GetString();
        FtmEntity entity{d["schema"].GetString(), {}};
        auto schema = kFtmSchemata.find(entity.schema);
        EXPECT_NE(schema, kFtmSchemata.end()) << "unknown schema: " << line;
        for (const auto& p : d["properties"].GetObject()) {
            std::string name = p.name.GetString();
            if (schema != kFtmSchemata.end()) {
                EXPECT_EQ(schema->second.count(name), 1u) << name << " in " << line;
            }
            EXPECT_TRUE(p.value.IsArray()) << line;
            for (const auto& v : p.value.GetArray()) entity.properties[name].push_back(v.GetString());
        }
        EXPECT_TRUE(entities.emplace(id, entity).second) << "duplicate id " << id;
    }
    return entities;
}

class FtmExport : public test::ExportTest {
protected:
    std::string run() {
        std::ostringstream out;
        export_store(db(), ExportFormat::ftm, out);
        return out.str();
    }
};

TEST_F(FtmExport, UsesOnlyRealSchemataAndProperties) {
    auto entities = read_ftm(run());
    std::map<std::string, int> schemata;
    for (const auto& [id, e] : entities) ++schemata[e.schema];
    EXPECT_EQ(schemata["Company"], 2);
    EXPECT_EQ(schemata["PublicBody"], 2);
    EXPECT_EQ(schemata["Organization"], 2);  // the lexicon's CDA, and SP as printed
    EXPECT_EQ(schemata["Person"], 3);        // the three members
    EXPECT_EQ(schemata["Membership"], 3);
    EXPECT_EQ(schemata["Document"], 3);
}

TEST_F(FtmExport, IdsAreStableAcrossExports) {
    std::string first = run();
    EXPECT_EQ(run(), first);
    auto entities = read_ftm(first);
    ASSERT_TRUE(entities.count(sha1_hex("riskgraph-entity-huawei")));
    EXPECT_EQ(entities[sha1_hex("riskgraph-entity-huawei")].properties["wikidataId"],
              std::vector<std::string>{"Q160120"});
    ASSERT_TRUE(entities.count(sha1_hex("riskgraph-document-kv-tk-2020Z25034")));
    // Two files named kv-2024.txt without an official id: keyed by path.
    EXPECT_TRUE(entities.count(sha1_hex("riskgraph-document-/x/docs/kv-2024.txt")));
    EXPECT_TRUE(entities.count(sha1_hex("riskgraph-document-/y/other/kv-2024.txt")));
}

TEST_F(FtmExport, EveryLinkPointsAtAnEntityOfTheSameExport) {
    auto entities = read_ftm(run());
    int mentions = 0;
    for (const auto& [id, e] : entities) {
        for (const char* reference : {"document", "entity", "member", "organization"}) {
            auto it = e.properties.find(reference);
            if (it == e.properties.end()) continue;
            for (const std::string& target : it->second) EXPECT_TRUE(entities.count(target)) << reference << " " << target;
        }
        if (e.schema == "Documentation") {
            EXPECT_EQ(e.properties.at("document").size(), 1u);
            EXPECT_EQ(entities[e.properties.at("document")[0]].schema, "Document");
            if (e.properties.at("role")[0] == "mention") ++mentions;
        }
    }
    // Mentions of vendors and institutions: 11 in the fixture, one in a
    // subject and one in an answer among them; places and topics are not
    // FtM entities and have no Documentation.
    EXPECT_EQ(mentions, 11);
}

TEST_F(FtmExport, DocumentCarriesTitleDateAuthorsPlacesAndTopics) {
    auto entities = read_ftm(run());
    const FtmEntity& d1 = entities[sha1_hex("riskgraph-document-kv-tk-2020Z25034")];
    EXPECT_EQ(d1.properties.at("title"), std::vector<std::string>{"Chinese surveillanceapparatuur"});
    EXPECT_EQ(d1.properties.at("date"), std::vector<std::string>{"2020-12-22"});
    EXPECT_EQ(d1.properties.at("author"), std::vector<std::string>{"Van Helvert"});
    EXPECT_EQ(d1.properties.at("fileName"), std::vector<std::string>{"kv-2020.txt"});
    EXPECT_EQ(d1.properties.at("country"), std::vector<std::string>{"cn"});  // from the iso3166 external id
    const FtmEntity& d2 = entities[sha1_hex("riskgraph-document-/x/docs/kv-2024.txt")];
    EXPECT_EQ(d2.properties.at("keywords"), (std::vector<std::string>{"Xinjiang", "human rights"}));
    EXPECT_EQ(d2.properties.at("author"), (std::vector<std::string>{"De Vries", "Bakker"}));

    bool found = false;
    for (const auto& [id, e] : entities) {
        auto summary = e.properties.find("summary");
        if (summary != e.properties.end() && summary->second == std::vector<std::string>{"Hikvision (subject)"})
            found = e.properties.at("entity")[0] == sha1_hex("riskgraph-entity-hik");
    }
    EXPECT_TRUE(found);
}

TEST_F(FtmExport, PrintedPartyThatIsALexiconPartyIsThatEntity) {
    auto entities = read_ftm(run());
    std::string cda = sha1_hex("riskgraph-entity-cda");
    ASSERT_EQ(entities[cda].schema, "Organization");
    int cda_members = 0;
    for (const auto& [id, e] : entities)
        if (e.schema == "Membership" && e.properties.at("organization")[0] == cda) ++cda_members;
    EXPECT_EQ(cda_members, 2);  // Van Helvert, De Vries
    EXPECT_FALSE(entities.count(sha1_hex("riskgraph-party-CDA")));
}

}  // namespace
}  // namespace riskgraph
