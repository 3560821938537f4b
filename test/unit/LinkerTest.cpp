//===--- LinkerTest.cpp - the link step over hand-made unit facts ---------===//
#include "project/FactsIO.h"
#include "project/Linker.h"

#include "llvm/Support/raw_ostream.h"

#include <gtest/gtest.h>

using namespace conncheck;

namespace {

SourceSpan at(const char *File, unsigned Line) {
  return {File, Line, 3, Line, 10};
}

FunctionSummary fn(const char *Usr, const char *Name) {
  FunctionSummary S;
  S.Usr = Usr;
  S.Name = Name;
  return S;
}

/// a.cpp: a transaction open around a call to upload() (defined in b.cpp),
/// which calls put() (c.cpp), which calls curl.
std::vector<UnitFacts> threeUnits() {
  UnitFacts A;
  A.File = "/p/a.cpp";
  PendingSlowCall P;
  P.Partial.CheckId = "conncheck-slow-call-in-transaction";
  P.Partial.Where = at("/p/a.cpp", 7);
  P.Partial.Function = "save";
  P.Partial.Notes.push_back({FindingNote::ScopeBegin, at("/p/a.cpp", 5),
                             "transaction 'tx' (pqxx::work) begins here"});
  P.HeldPhrase = "database transaction 'tx' is open";
  P.CalleeUsr = "c:@F@upload";
  P.CalleeName = "upload";
  A.Pending.push_back(P);

  UnitFacts B;
  B.File = "/p/b.cpp";
  FunctionSummary Upload = fn("c:@F@upload", "upload");
  Upload.Calls.push_back({"c:@F@log", "log", at("/p/b.cpp", 3)});
  Upload.Calls.push_back({"c:@F@put", "put", at("/p/b.cpp", 4)});
  B.Functions.push_back(Upload);
  B.Functions.push_back(fn("c:@F@log", "log"));

  UnitFacts C;
  C.File = "/p/c.cpp";
  FunctionSummary Put = fn("c:@F@put", "put");
  Put.Slow = SlowSite{"curl_easy_perform", "http", at("/p/c.cpp", 9)};
  C.Functions.push_back(Put);
  return {A, B, C};
}

TEST(Linker, PendingCallBecomesFindingWithChainAcrossUnits) {
  std::vector<Finding> Out = linkUnits(threeUnits());
  ASSERT_EQ(Out.size(), 1u);
  const Finding &F = Out.front();
  EXPECT_EQ(F.Message, "call to 'upload' reaches a slow http call "
                       "('curl_easy_perform') while database transaction "
                       "'tx' is open");
  ASSERT_EQ(F.Notes.size(), 3u);
  EXPECT_EQ(F.Notes[1].Message, "'upload' calls 'put'");
  EXPECT_EQ(F.Notes[1].Where.File, "/p/b.cpp");
  EXPECT_EQ(F.Notes[2].Message,
            "'put' calls 'curl_easy_perform', a slow http call");
  EXPECT_EQ(F.Notes[2].Where.File, "/p/c.cpp");
}

TEST(Linker, ResultDoesNotDependOnUnitOrder) {
  auto Units = threeUnits();
  std::vector<UnitFacts> Reversed(Units.rbegin(), Units.rend());
  std::vector<Finding> A = linkUnits(Units), B = linkUnits(Reversed);
  ASSERT_EQ(A.size(), B.size());
  for (size_t I = 0; I < A.size(); ++I) {
    EXPECT_EQ(A[I].Message, B[I].Message);
    EXPECT_EQ(A[I].Notes.size(), B[I].Notes.size());
  }
}

TEST(Linker, NoChainWhenTheSlowUnitIsMissing) {
  auto Units = threeUnits();
  Units.pop_back(); // c.cpp was not analysed
  EXPECT_TRUE(linkUnits(Units).empty());
}

TEST(Linker, ChainLongerThanTheLimitIsNotReported) {
  EXPECT_EQ(linkUnits(threeUnits(), /*MaxChainLength=*/2).size(), 1u);
  EXPECT_TRUE(linkUnits(threeUnits(), /*MaxChainLength=*/1).empty());
}

TEST(Linker, RecursionTerminates) {
  auto Units = threeUnits();
  // log() calls upload() back: a cycle that must not loop.
  Units[1].Functions[1].Calls.push_back(
      {"c:@F@upload", "upload", at("/p/b.cpp", 12)});
  EXPECT_EQ(linkUnits(Units).size(), 1u);
}

/// A leak that holds unless f (another unit) gives the handle back.
std::vector<UnitFacts> conditionalLeak(FunctionSummary Callee) {
  UnitFacts A;
  A.File = "/p/a.cpp";
  Finding Leak;
  Leak.CheckId = "conncheck-checkout-without-checkin";
  Leak.Where = at("/p/a.cpp", 4);
  Leak.Message = "connection 'pos' taken with 'lease' is not given back on "
                 "every path";
  Leak.UnlessReleasedBy.push_back({"c:@F@f", 1});
  A.Findings.push_back(Leak);
  UnitFacts B;
  B.File = "/p/b.cpp";
  B.Functions.push_back(Callee);
  return {A, B};
}

TEST(Linker, ConditionalFindingDroppedWhenCalleeReleases) {
  FunctionSummary F = fn("c:@F@f", "f");
  F.ReleasesParams.push_back(1);
  EXPECT_TRUE(linkUnits(conditionalLeak(F)).empty());
}

TEST(Linker, ConditionalFindingKeptWhenCalleeReleasesAnotherParameter) {
  FunctionSummary F = fn("c:@F@f", "f");
  F.ReleasesParams.push_back(0);
  auto Out = linkUnits(conditionalLeak(F));
  ASSERT_EQ(Out.size(), 1u);
  EXPECT_TRUE(Out.front().UnlessReleasedBy.empty());
}

TEST(Linker, ReleaseFollowsForwards) {
  FunctionSummary F = fn("c:@F@f", "f");
  F.Forwards.push_back({1, "c:@F@g", 0});
  auto Units = conditionalLeak(F);
  FunctionSummary G = fn("c:@F@g", "g");
  G.ReleasesParams.push_back(0);
  Units[1].Functions.push_back(G);
  EXPECT_TRUE(linkUnits(Units).empty());
  // Without g's unit, g is unknown: taken to keep the handle.
  Units[1].Functions.pop_back();
  EXPECT_EQ(linkUnits(Units).size(), 1u);
}

TEST(Linker, ReleaseCycleTerminates) {
  FunctionSummary F = fn("c:@F@f", "f");
  F.Forwards.push_back({1, "c:@F@f", 1});
  EXPECT_EQ(linkUnits(conditionalLeak(F)).size(), 1u);
}

TEST(FactsIO, RoundTrip) {
  auto Units = threeUnits();
  Units[0].Failure = "did not compile";
  Units[0].Findings.push_back(conditionalLeak(fn("x", "x"))[0].Findings[0]);
  for (const UnitFacts &U : Units) {
    std::string Text;
    llvm::raw_string_ostream OS(Text);
    writeUnitFacts(OS, U);
    auto Back = parseUnitFacts(Text, "u.facts.json");
    ASSERT_TRUE(static_cast<bool>(Back)) << llvm::toString(Back.takeError());
    std::string Again;
    llvm::raw_string_ostream OS2(Again);
    writeUnitFacts(OS2, *Back);
    EXPECT_EQ(Text, Again);
  }
}

TEST(FactsIO, ErrorsNameTheFile) {
  auto Bad = parseUnitFacts("{\"conncheck-facts\": 1}", "x.facts.json");
  ASSERT_FALSE(static_cast<bool>(Bad));
  std::string Message = llvm::toString(Bad.takeError());
  EXPECT_NE(Message.find("x.facts.json: not a conncheck facts file"),
            std::string::npos)
      << Message;
}

} // namespace

namespace {

/// a.cpp: a leak on the exception path of a call to audit() (defined in
/// b.cpp as \p AuditThrows says, through a call to check()).
std::vector<UnitFacts> leakIfAuditThrows(bool CheckThrows) {
  UnitFacts A;
  A.File = "/p/a.cpp";
  Finding Leak;
  Leak.CheckId = "conncheck-checkout-without-checkin";
  Leak.Where = at("/p/a.cpp", 4);
  Leak.Function = "run";
  Leak.Message = "connection 'c' taken with 'lease' is not given back on every path";
  Leak.OnlyIfThrows.push_back("c:@F@audit");
  A.Findings.push_back(Leak);

  UnitFacts B;
  B.File = "/p/b.cpp";
  FunctionSummary Audit = fn("c:@F@audit", "audit");
  Audit.Calls.push_back({"c:@F@check", "check", at("/p/b.cpp", 3)});
  FunctionSummary Check = fn("c:@F@check", "check");
  Check.Throws = CheckThrows;
  B.Functions = {Audit, Check};
  return {A, B};
}

} // namespace

TEST(Linker, ExceptionLeakHoldsOnlyIfTheCalleeThrows) {
  EXPECT_EQ(linkUnits(leakIfAuditThrows(true)).size(), 1u);
  EXPECT_TRUE(linkUnits(leakIfAuditThrows(false)).empty());
  // Defined nowhere conncheck saw: nothing says it throws.
  auto Units = leakIfAuditThrows(true);
  Units.pop_back();
  EXPECT_TRUE(linkUnits(Units).empty());
}

TEST(Linker, NetworkIsNamedBeforeANearerSleep) {
  auto Units = threeUnits();
  // upload() calls log() first, which sleeps: nearer than put()'s curl.
  Units[1].Functions[1].Slow =
      SlowSite{"std::this_thread::sleep_for", "sleep", at("/p/b.cpp", 12)};
  std::vector<Finding> Out = linkUnits(Units);
  ASSERT_EQ(Out.size(), 1u);
  EXPECT_NE(Out.front().Message.find("slow http call ('curl_easy_perform')"),
            std::string::npos);
}

TEST(Linker, FactsRoundTripKeepThrowConditions) {
  auto Units = leakIfAuditThrows(true);
  std::string Text;
  llvm::raw_string_ostream OS(Text);
  writeUnitFacts(OS, Units[0]);
  OS.flush();
  auto A = parseUnitFacts(Text, "a.facts.json");
  ASSERT_TRUE(static_cast<bool>(A)) << llvm::toString(A.takeError());
  ASSERT_EQ(A->Findings.size(), 1u);
  EXPECT_EQ(A->Findings.front().OnlyIfThrows,
            std::vector<std::string>{"c:@F@audit"});
}
