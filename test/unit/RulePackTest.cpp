//===--- RulePackTest.cpp - the rule-pack loader and its errors -----------===//
#include "rules/JsonPositions.h"
#include "rules/RulePack.h"

#include "gtest/gtest.h"

using namespace conncheck::rules;

namespace {

/// The loader's error message for \p Text, or "" if it loaded.
std::string loadError(llvm::StringRef Text) {
  auto Pack = parseRulePack(Text, "pack.json");
  if (Pack)
    return "";
  return llvm::toString(Pack.takeError());
}

TEST(RulePackTest, LoadsAValidPack) {
  auto Pack = parseRulePack(R"({
    "pack": "demo",
    "description": "an in-house pool and client",
    "transactions": {
      "raii-types": [{"type": "db::Tx", "subclasses": true,
                      "end-calls": ["db::Tx::commit"]}],
      "call-pairs": [{"begin": ["db::Conn::begin"], "end": ["db::Conn::commit"]}],
      "sql-text": [{"function": "run_sql", "handle-arg": 1, "sql-arg": 0}]
    },
    "slow-calls": [{"calls": ["net::fetch", "net::Client::{get,post}"],
                    "category": "http", "nonblocking-if-zero-arg": 2}]
  })",
                            "pack.json");
  ASSERT_TRUE(bool(Pack)) << llvm::toString(Pack.takeError());
  EXPECT_EQ(Pack->Name, "demo");
  ASSERT_EQ(Pack->RaiiTypes.size(), 1u);
  EXPECT_TRUE(Pack->RaiiTypes[0].Subclasses);
  EXPECT_TRUE(Pack->RaiiTypes[0].Type.matches("db::Tx"));
  ASSERT_EQ(Pack->CallPairs.size(), 1u);
  EXPECT_FALSE(Pack->CallPairs[0].Handle.Arg.has_value());
  ASSERT_EQ(Pack->SqlText.size(), 1u);
  EXPECT_EQ(Pack->SqlText[0].HandleArg, 1u);
  EXPECT_EQ(Pack->SqlText[0].SqlArg, 0u);
  ASSERT_EQ(Pack->SlowCalls.size(), 1u);
  EXPECT_EQ(Pack->SlowCalls[0].Category, SlowCategory::Http);
  EXPECT_EQ(Pack->SlowCalls[0].NonBlockingIfZeroArg, 2u);
  EXPECT_EQ(Pack->SlowCalls[0].Origin.Line, 10u);
}

TEST(RulePackTest, LoadsLeases) {
  auto Pack = parseRulePack(R"({
    "pack": "pools",
    "leases": {
      "raii-types": [{"type": "db::Session", "constructed-from": ["db::Pool"]}],
      "acquire-calls": [
        {"calls": ["db::Pool::get"], "returns": "raii", "end-calls": ["db::Session::close"]},
        {"calls": ["db::Pool::checkout"], "returns": "handle",
         "release-calls": ["db::Pool::checkin"], "release-handle-arg": 0},
        {"calls": ["db::Pool::try_checkout"], "returns": "handle-in-arg", "handle-arg": 0,
         "returns-success": true, "release-calls": ["db::Pool::checkin"]},
        {"calls": ["db_open"], "returns": "handle", "release-calls": ["db_close"], "pooled": false},
        {"calls": ["db::Client::query"], "returns": "transient"}
      ],
      "callable-scopes": [{"functions": ["db::Pool::with"], "callable-arg": 1}]
    },
    "transactions": {
      "call-pairs": [{"begin": ["db::Conn::begin"], "end": ["db::Conn::commit"], "counted": true}],
      "raii-types": [{"type": "db::TxBase", "subclasses": true, "except": ["db::Deferred"]}]
    }
  })",
                            "pack.json");
  ASSERT_TRUE(bool(Pack)) << llvm::toString(Pack.takeError());
  ASSERT_EQ(Pack->Acquires.size(), 5u);
  EXPECT_EQ(Pack->Acquires[0].Result, AcquireRule::Raii);
  EXPECT_EQ(Pack->Acquires[0].Kind, ScopeKind::Lease);
  EXPECT_EQ(Pack->Acquires[2].Result, AcquireRule::HandleInArg);
  EXPECT_TRUE(Pack->Acquires[2].ReturnsSuccess);
  EXPECT_FALSE(Pack->Acquires[3].Pooled);
  EXPECT_TRUE(Pack->Acquires[1].Pooled);
  EXPECT_EQ(Pack->Acquires[4].Result, AcquireRule::Transient);
  ASSERT_EQ(Pack->CallableScopes.size(), 1u);
  EXPECT_EQ(Pack->CallableScopes[0].CallableArg, 1u);
  EXPECT_EQ(Pack->CallableScopes[0].Kind, ScopeKind::Lease);
  // Sections load in a fixed order: transactions, then leases.
  ASSERT_EQ(Pack->RaiiTypes.size(), 2u);
  EXPECT_EQ(Pack->RaiiTypes[0].Kind, ScopeKind::Transaction);
  EXPECT_EQ(Pack->RaiiTypes[0].Except.size(), 1u);
  EXPECT_EQ(Pack->RaiiTypes[1].Kind, ScopeKind::Lease);
  EXPECT_EQ(Pack->RaiiTypes[1].ConstructedFrom.size(), 1u);
  ASSERT_EQ(Pack->CallPairs.size(), 1u);
  EXPECT_TRUE(Pack->CallPairs[0].Counted);
}

TEST(RulePackTest, LoadsPoolSizesAndWorkers) {
  auto Pack = parseRulePack(R"({"pack": "x",
    "pool-sizes": [{"type": "db::Pool", "size-arg": 1, "default-size": 16}],
    "workers": {
      "threads": [{"type": "std::thread"}],
      "thread-pools": [{"type": "tp::Pool", "size-arg": 0, "submit-calls": ["tp::post"],
                        "pool-arg": 1, "callable-arg": 0}]}})",
                            "pack.json");
  ASSERT_TRUE(bool(Pack)) << llvm::toString(Pack.takeError());
  ASSERT_EQ(Pack->PoolSizes.size(), 1u);
  EXPECT_EQ(Pack->PoolSizes[0].SizeArg, 1u);
  EXPECT_EQ(Pack->PoolSizes[0].DefaultSize, 16u);
  ASSERT_EQ(Pack->Workers.size(), 2u);
  EXPECT_EQ(Pack->Workers[0].Kind, WorkerRule::Thread);
  EXPECT_EQ(Pack->Workers[1].Kind, WorkerRule::ThreadPool);
  EXPECT_EQ(Pack->Workers[1].SubmitPoolArg, 1u);
  EXPECT_EQ(Pack->Workers[1].SubmitCallableArg, 0u);
  EXPECT_NE(loadError(R"({"pack": "x", "workers": {"thread-pools": [{"type": "t"}]}})")
                .find("missing required key 'submit-calls'"),
            std::string::npos);
  EXPECT_NE(loadError(R"({"pack": "x", "pool-sizes": [{"type": "p", "default-size": -3}]})")
                .find("'default-size' must be a positive integer"),
            std::string::npos);
}

TEST(RulePackTest, LeaseErrors) {
  EXPECT_NE(loadError(R"({"pack": "x", "leases": {"acquire-calls": [{"calls": ["f"], "returns": "pointer"}]}})")
                .find("unknown 'returns' 'pointer'"),
            std::string::npos);
  EXPECT_NE(loadError(R"({"pack": "x", "leases": {"acquire-calls": [{"calls": ["f"], "returns": "handle"}]}})")
                .find("missing required key 'release-calls'"),
            std::string::npos);
  EXPECT_NE(loadError(R"({"pack": "x", "leases": {"acquire-calls": [{"calls": ["f"], "returns": "handle-in-arg", "release-calls": ["g"]}]}})")
                .find("'handle-in-arg' needs 'handle-arg'"),
            std::string::npos);
  EXPECT_NE(loadError(R"({"pack": "x", "transactions": {"acquire-calls": [{"calls": ["f"], "returns": "handle", "release-calls": ["g"]}]}})")
                .find("a transaction acquire call must return 'raii'"),
            std::string::npos);
  // Leases have no SQL text or call pairs.
  EXPECT_NE(loadError(R"({"pack": "x", "leases": {"sql-text": []}})")
                .find("unknown key 'sql-text'"),
            std::string::npos);
}

TEST(RulePackTest, SyntaxErrorNamesFileLineAndColumn) {
  std::string Err = loadError("{\n  \"pack\": \"x\",\n  \"slow-calls\": [,]\n}");
  EXPECT_NE(Err.find("pack.json:3:18: invalid JSON:"), std::string::npos) << Err;
}

TEST(RulePackTest, UnknownKeyIsReportedAtTheKey) {
  std::string Err = loadError("{\n  \"pack\": \"x\",\n  \"slow_calls\": []\n}");
  EXPECT_NE(Err.find("pack.json:3:3: unknown key 'slow_calls'"), std::string::npos)
      << Err;
  EXPECT_NE(Err.find("slow-calls"), std::string::npos) << Err;
}

TEST(RulePackTest, UnknownKeyInsideAnEntry) {
  std::string Err = loadError(R"({"pack": "x",
"slow-calls": [
  {"calls": ["f"], "category": "http", "catgory": "sleep"}
]})");
  EXPECT_NE(Err.find("pack.json:3:40: unknown key 'catgory'"), std::string::npos)
      << Err;
}

TEST(RulePackTest, UnknownCategory) {
  std::string Err = loadError(R"({"pack": "x",
"slow-calls": [{"calls": ["f"],
                "category": "network"}]})");
  EXPECT_NE(Err.find("pack.json:3:17: unknown category 'network'"),
            std::string::npos)
      << Err;
}

TEST(RulePackTest, MissingPackName) {
  EXPECT_NE(loadError(R"({"slow-calls": []})")
                .find("pack.json:1:1: missing required key 'pack'"),
            std::string::npos);
}

TEST(RulePackTest, WrongTypes) {
  EXPECT_NE(loadError(R"({"pack": 3})").find("'pack' must be a non-empty string"),
            std::string::npos);
  EXPECT_NE(loadError(R"({"pack": "x", "slow-calls": {}})").find("expected an array"),
            std::string::npos);
  EXPECT_NE(loadError(R"({"pack": "x", "slow-calls": [{"calls": [], "category": "http"}]})")
                .find("'calls' must be a non-empty array"),
            std::string::npos);
  EXPECT_NE(loadError(R"({"pack": "x", "slow-calls": [{"calls": [1], "category": "http"}]})")
                .find("expected a qualified-name pattern"),
            std::string::npos);
  EXPECT_NE(loadError(R"({"pack": "x", "transactions": {"raii-types": [{"type": "T", "subclasses": "yes"}]}})")
                .find("'subclasses' must be true or false"),
            std::string::npos);
  EXPECT_NE(loadError(R"({"pack": "x", "transactions": {"sql-text": [{"function": "f", "sql-arg": -1}]}})")
                .find("'sql-arg' must be an argument index"),
            std::string::npos);
  EXPECT_NE(loadError(R"({"pack": "x", "transactions": {"sql-text": [{"function": "f", "handle-arg": 1}]}})")
                .find("'handle-arg' and 'sql-arg' must differ"),
            std::string::npos);
  EXPECT_NE(loadError(R"([1, 2])").find("a rule pack must be a JSON object"),
            std::string::npos);
}

TEST(RulePackTest, InvalidPattern) {
  std::string Err =
      loadError(R"({"pack": "x", "slow-calls": [{"calls": ["ns::[f"], "category": "http"}]})");
  EXPECT_NE(Err.find("pack.json:1:41: invalid name pattern 'ns::[f'"),
            std::string::npos)
      << Err;
}

TEST(RulePackTest, MissingFile) {
  auto Pack = loadRulePack("/nonexistent/pack.json");
  ASSERT_FALSE(bool(Pack));
  std::string Err = llvm::toString(Pack.takeError());
  EXPECT_NE(Err.find("/nonexistent/pack.json: cannot read rule pack"),
            std::string::npos)
      << Err;
}

TEST(RulePackTest, ShippedPacksAllLoad) {
  auto Packs = loadRuleDirectory(CONNCHECK_SOURCE_DIR "/rules");
  ASSERT_TRUE(bool(Packs)) << llvm::toString(Packs.takeError());
  EXPECT_GE(Packs->size(), 10u);
  for (size_t I = 1; I < Packs->size(); ++I)
    EXPECT_LT((*Packs)[I - 1].File, (*Packs)[I].File) << "packs load in name order";
}

TEST(NamePatternTest, Globbing) {
  auto P = NamePattern::create("::httplib::{Client,ClientImpl}::{Get,Post}");
  ASSERT_TRUE(bool(P)) << llvm::toString(P.takeError());
  EXPECT_EQ(P->text(), "httplib::{Client,ClientImpl}::{Get,Post}");
  EXPECT_TRUE(P->matches("httplib::Client::Get"));
  EXPECT_TRUE(P->matches("httplib::ClientImpl::Post"));
  EXPECT_FALSE(P->matches("httplib::Client::Put"));
  EXPECT_FALSE(P->matches("httplib::Client::GetX"));
  NamePattern Copy = *P; // copies share the compiled pattern
  EXPECT_TRUE(Copy.matches("httplib::Client::Post"));

  auto Star = NamePattern::create("Aws::S3::S3Client::*Object");
  ASSERT_TRUE(bool(Star));
  EXPECT_TRUE(Star->matches("Aws::S3::S3Client::PutObject"));
  EXPECT_FALSE(Star->matches("Aws::S3::S3Client::PutObjectAsync"));
}

TEST(SqlTextTest, Classification) {
  EXPECT_EQ(classifySql("BEGIN"), SqlEffect::Begin);
  EXPECT_EQ(classifySql("  begin transaction isolation level serializable"),
            SqlEffect::Begin);
  EXPECT_EQ(classifySql("BEGIN IMMEDIATE;"), SqlEffect::Begin);
  EXPECT_EQ(classifySql("START TRANSACTION READ ONLY"), SqlEffect::Begin);
  EXPECT_EQ(classifySql("-- open it\nBEGIN"), SqlEffect::Begin);
  EXPECT_EQ(classifySql("COMMIT"), SqlEffect::End);
  EXPECT_EQ(classifySql("commit work"), SqlEffect::End);
  EXPECT_EQ(classifySql("END TRANSACTION"), SqlEffect::End);
  EXPECT_EQ(classifySql("ROLLBACK"), SqlEffect::End);
  EXPECT_EQ(classifySql("ABORT"), SqlEffect::End);
  EXPECT_EQ(classifySql("ROLLBACK TO SAVEPOINT a"), SqlEffect::None);
  EXPECT_EQ(classifySql("ROLLBACK TRANSACTION TO a"), SqlEffect::None);
  EXPECT_EQ(classifySql("COMMIT PREPARED 'x'"), SqlEffect::None);
  EXPECT_EQ(classifySql("SAVEPOINT a"), SqlEffect::None);
  EXPECT_EQ(classifySql("SELECT begin FROM t"), SqlEffect::None);
  EXPECT_EQ(classifySql("UPDATE t SET x = 1"), SqlEffect::None);
  EXPECT_EQ(classifySql("BEGIN; UPDATE t SET x = 1; COMMIT;"), SqlEffect::End);
  EXPECT_EQ(classifySql("SET x = 1; BEGIN"), SqlEffect::Begin);
  // Chained: the next transaction begins as this one ends.
  EXPECT_EQ(classifySql("COMMIT AND CHAIN"), SqlEffect::Restart);
  EXPECT_EQ(classifySql("commit work and chain"), SqlEffect::Restart);
  EXPECT_EQ(classifySql("ROLLBACK AND CHAIN"), SqlEffect::Restart);
  EXPECT_EQ(classifySql("COMMIT AND NO CHAIN"), SqlEffect::End);
  EXPECT_EQ(classifySql("ROLLBACK TO SAVEPOINT chain"), SqlEffect::None);
}

TEST(JsonPositionsTest, PointsAtKeysAndElements) {
  llvm::StringRef Text = "{\n  \"a\": [1,\n    {\"b~/c\": true}],\n  \"d\": null\n}";
  JsonPositions P(Text);
  EXPECT_EQ(P.lookup("/a").Line, 2u);
  EXPECT_EQ(P.lookup("/a").Column, 3u);
  EXPECT_EQ(P.lookup("/a/1").Line, 3u);
  EXPECT_EQ(P.lookup("/a/1").Column, 5u);
  EXPECT_EQ(P.lookup("/a/1/" + escapePointerToken("b~/c")).Column, 6u);
  EXPECT_EQ(P.lookup("/d").Line, 4u);
  // An unknown pointer falls back to its nearest known ancestor.
  EXPECT_EQ(P.lookup("/a/1/zzz").Column, 5u);
}

} // namespace

namespace {
TEST(RulePackTest, SqlTextOnTheObjectAndNotSlow) {
  auto Pack = parseRulePack(R"({
    "pack": "demo",
    "transactions": {
      "sql-text": [{"function": "Db::exec", "handle-arg": "object"}]
    },
    "not-slow": [{"calls": ["Metrics::flush"]}]
  })",
                            "pack.json");
  ASSERT_TRUE(bool(Pack)) << llvm::toString(Pack.takeError());
  ASSERT_EQ(Pack->SqlText.size(), 1u);
  EXPECT_FALSE(Pack->SqlText[0].HandleArg.has_value());
  EXPECT_EQ(Pack->SqlText[0].SqlArg, 0u); // the default on an object
  ASSERT_EQ(Pack->NotSlow.size(), 1u);
  EXPECT_TRUE(Pack->NotSlow[0].Calls[0].matches("Metrics::flush"));
  EXPECT_NE(loadError(R"({"pack": "x", "transactions": {"sql-text": [{"function": "f", "handle-arg": "self"}]}})")
                .find("'handle-arg' must be an argument index from 0 to 64, \"object\" or \"none\""),
            std::string::npos);
  // "none": the call does not name the connection.
  auto Unnamed = parseRulePack(R"({"pack": "x", "transactions": {"sql-text": [
      {"function": "sql::Statement::execute", "handle-arg": "none"}]}})",
                               "pack.json");
  ASSERT_TRUE(bool(Unnamed)) << llvm::toString(Unnamed.takeError());
  EXPECT_TRUE(Unnamed->SqlText[0].HandleUnnamed);
  EXPECT_EQ(Unnamed->SqlText[0].SqlArg, 0u);
}
} // namespace

namespace {
TEST(RulePackTest, ReportsEveryMistakeInFileOrder) {
  // A section that is not an array, and two bad entries of one section
  // after it: a mistake stops only what it is in.
  std::string Err = loadError(R"({"pack": "x",
"not-slow": {},
"database-calls": [{"calls": []}, {"calls": ["ok"]}, {"call": ["f"]}]})");
  EXPECT_NE(Err.find("pack.json:2:1: expected an array\n"
                     "pack.json:3:21: 'calls' must be a non-empty array"),
            std::string::npos)
      << Err;
  EXPECT_NE(Err.find("\npack.json:3:55: unknown key 'call'"), std::string::npos)
      << Err;
  // Still rejected whole: nothing of a pack with a mistake is used.
  EXPECT_FALSE(bool(parseRulePack(R"({"pack": "x", "database-calls": [{"calls": ["ok"]}, {}]})",
                                  "pack.json")))
      << "a pack with any mistake is rejected";
}
} // namespace

namespace {
TEST(RulePackTest, RecordsEveryPatternWithItsPosition) {
  // Under every kind of key a pattern can be: a list, a single type, a
  // function, a parameter type.
  auto Pack = parseRulePack(R"({"pack": "x",
"transactions": {"raii-types": [{"type": "db::Tx", "end-calls": ["db::Tx::commit"]}],
                 "sql-text": [{"function": "db::run"}]},
"slow-calls": [{"calls": ["rpc::call"], "category": "rpc", "param-type": "rpc::Ctx"}]})",
                            "pack.json");
  ASSERT_TRUE(bool(Pack)) << llvm::toString(Pack.takeError());
  std::vector<std::string> Seen;
  for (const PatternSite &S : Pack->Patterns)
    Seen.push_back(S.Pattern.text().str() + "@" + std::to_string(S.Origin.Line) +
                   ":" + std::to_string(S.Origin.Column));
  llvm::sort(Seen);
  EXPECT_EQ(Seen, (std::vector<std::string>{"db::Tx::commit@2:66", "db::Tx@2:34",
                                            "db::run@3:32", "rpc::Ctx@4:60",
                                            "rpc::call@4:27"}));
}
} // namespace
