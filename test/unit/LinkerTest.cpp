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

namespace {
/// a.cpp calls the virtual Notifier::send (pure, no body) while a
/// transaction is open; b.cpp defines a quiet overrider, c.cpp a slow one.
std::vector<UnitFacts> virtualCall(bool Dispatches) {
  auto Units = threeUnits();
  PendingSlowCall &P = Units[0].Pending.front();
  P.CalleeUsr = "c:@S@Notifier@F@send#";
  P.CalleeName = "Notifier::send";
  P.Dispatches = Dispatches;
  FunctionSummary Quiet = fn("c:@S@Log@F@send#", "Log::send");
  Quiet.Overrides.push_back("c:@S@Notifier@F@send#");
  Units[1].Functions.push_back(Quiet);
  FunctionSummary Mail = fn("c:@S@Mail@F@send#", "Mail::send");
  Mail.Overrides.push_back("c:@S@Notifier@F@send#");
  Mail.Calls.push_back({"c:@F@put", "put", at("/p/c.cpp", 2)});
  Units[2].Functions.push_back(Mail);
  return Units;
}
} // namespace

TEST(Linker, VirtualCallReachesTheSlowOverriderOfAnotherUnit) {
  std::vector<Finding> Out = linkUnits(virtualCall(true));
  ASSERT_EQ(Out.size(), 1u);
  const Finding &F = Out.front();
  EXPECT_EQ(F.Message, "call to 'Notifier::send' reaches a slow http call "
                       "('curl_easy_perform') while database transaction "
                       "'tx' is open");
  ASSERT_EQ(F.Notes.size(), 4u);
  EXPECT_EQ(F.Notes[1].Message, "'Notifier::send' may run 'Mail::send'");
  EXPECT_EQ(F.Notes[2].Message, "'Mail::send' calls 'put'");
}

TEST(Linker, CallThatDoesNotDispatchRunsNoOverrider) {
  // `Notifier::send()` written out, or on an object of known type.
  EXPECT_TRUE(linkUnits(virtualCall(false)).empty());
}

TEST(Linker, LambdaRunsOnlyInACalleeThatCallsIt) {
  auto Units = threeUnits();
  PendingSlowCall &P = Units[0].Pending.front();
  P.CalleeUsr = "c:@F@withRetry";
  P.CalleeName = "withRetry";
  P.Callables.push_back({0, "c:a.cpp@F@save@Sa@F@operator()#", "lambda"});
  FunctionSummary Lambda = fn("c:a.cpp@F@save@Sa@F@operator()#", "lambda");
  Lambda.Calls.push_back({"c:@F@put", "put", at("/p/a.cpp", 7)});
  Units[0].Functions.push_back(Lambda);
  FunctionSummary Retry = fn("c:@F@withRetry", "withRetry");
  Units[1].Functions.push_back(Retry);
  // withRetry only queues it: nothing.
  EXPECT_TRUE(linkUnits(Units).empty());
  Units[1].Functions.back().RunsCallables.push_back(0);
  std::vector<Finding> Out = linkUnits(Units);
  ASSERT_EQ(Out.size(), 1u);
  EXPECT_EQ(Out.front().Notes[1].Message, "'withRetry' calls 'lambda'");
  EXPECT_EQ(Out.front().Notes[2].Message, "'lambda' calls 'put'");
}

TEST(FactsIO, RoundTripKeepsDispatchCallablesAndWrappers) {
  auto Units = virtualCall(true);
  Units[0].Pending.front().Callables.push_back({1, "c:@lambda", "lambda"});
  Units[1].Functions.front().RunsCallables.push_back(0);
  Units[1].Functions.front().Calls.front().Dispatches = true;
  WrapperEffects &W = Units[1].Functions.front().Wrapper;
  W.Member = MemberScopeEffect{MemberScopeEffect::Begins,
                               rules::ScopeKind::Lease, false};
  W.ReturnsAcquired = "soci#0";
  W.SqlText = SqlTextWrapper{1, 0u};
  W.ParamScope = ParamScopeEffect{MemberScopeEffect::Ends,
                                  rules::ScopeKind::Transaction, 2, true};
  Units[1].AskedWrappers = {"c:@F@a", "c:@F@b"};
  Units[1].ImportsKey = "c:@F@a=r;\n";
  for (const UnitFacts &U : Units) {
    std::string Text;
    llvm::raw_string_ostream OS(Text);
    writeUnitFacts(OS, U);
    auto Back = parseUnitFacts(Text, "u.facts.json");
    ASSERT_TRUE(static_cast<bool>(Back)) << llvm::toString(Back.takeError());
    EXPECT_EQ(Back->Functions.size(), U.Functions.size());
    for (size_t I = 0; I < U.Functions.size(); ++I) {
      EXPECT_EQ(Back->Functions[I].Wrapper.key(), U.Functions[I].Wrapper.key());
      EXPECT_EQ(Back->Functions[I].Overrides, U.Functions[I].Overrides);
      EXPECT_EQ(Back->Functions[I].RunsCallables, U.Functions[I].RunsCallables);
    }
    EXPECT_EQ(Back->AskedWrappers, U.AskedWrappers);
    EXPECT_EQ(Back->ImportsKey, U.ImportsKey);
    std::string Again;
    llvm::raw_string_ostream OS2(Again);
    writeUnitFacts(OS2, *Back);
    EXPECT_EQ(Text, Again);
  }
}

TEST(Linker, WrapperEffectsDecideWhichUnitsAreAnalysedAgain) {
  auto Units = threeUnits();
  Units[1].Functions.front().Wrapper.ReturnsAcquired = "soci#0";
  ProjectWrappers Wrappers = collectWrappers(Units);
  ASSERT_EQ(Wrappers.size(), 1u);
  // a.cpp asked about upload (defined in b.cpp): it is analysed again.
  Units[0].AskedWrappers = {"c:@F@upload"};
  std::string Key = importsKeyFor(Units[0], Wrappers);
  EXPECT_FALSE(Key.empty());
  Units[0].ImportsKey = Key;
  EXPECT_EQ(importsKeyFor(Units[0], Wrappers), Units[0].ImportsKey);
  // c.cpp asked about nothing that is a wrapper.
  Units[2].AskedWrappers = {"c:@F@log"};
  EXPECT_TRUE(importsKeyFor(Units[2], Wrappers).empty());
}

TEST(Linker, NotSlowStopsTheSearch) {
  auto Units = virtualCall(true);
  // Mail::send declared not slow: nothing reaches the slow call.
  Units[2].Functions.back().NotSlow = true;
  EXPECT_TRUE(linkUnits(Units).empty());
  // A call site whose callee is declared not slow is not followed.
  auto Plain = threeUnits();
  Plain[1].Functions.front().Calls.back().NotSlow = true;
  EXPECT_TRUE(linkUnits(Plain).empty());
}

namespace {

/// threeUnits(), with the note on where the transaction ends: the commit
/// after the call.
std::vector<UnitFacts> threeUnitsWithEnd() {
  auto Units = threeUnits();
  Units[0].Pending[0].Partial.Notes.push_back(
      {FindingNote::ScopeEnd, at("/p/a.cpp", 9), "transaction 'tx' ends here"});
  return Units;
}

} // namespace

TEST(Linker, EndNoteFollowsTheChain) {
  std::vector<Finding> Out = linkUnits(threeUnitsWithEnd());
  ASSERT_EQ(Out.size(), 1u);
  const Finding &F = Out.front();
  ASSERT_EQ(F.Notes.size(), 4u);
  EXPECT_EQ(F.Notes[0].Role, FindingNote::ScopeBegin);
  EXPECT_EQ(F.Notes[1].Role, FindingNote::CallStep);
  EXPECT_EQ(F.Notes[2].Role, FindingNote::CallStep);
  EXPECT_EQ(F.Notes[3].Role, FindingNote::ScopeEnd);
  EXPECT_EQ(F.Notes[3].Where.Line, 9u);
  EXPECT_EQ(F.Notes[3].Message, "transaction 'tx' ends here");
}

TEST(Linker, CalleeThatEndsTheScopeEndsTheWindowAtTheCall) {
  auto Units = threeUnitsWithEnd();
  PendingSlowCall &P = Units[0].Pending[0];
  P.ScopeParam = 0;
  P.EndAtCall = FindingNote{FindingNote::ScopeEnd, P.Partial.Where,
                            "transaction 'tx' ends here"};
  // upload() commits what it is handed, after calling put().
  FunctionSummary::ScopeEnd End;
  End.Param = 0;
  End.Calls.push_back({"c:@F@put", "put", at("/p/b.cpp", 4)});
  Units[1].Functions[0].EndsScopes.push_back(End);
  std::vector<Finding> Out = linkUnits(Units);
  ASSERT_EQ(Out.size(), 1u);
  const FindingNote &Last = Out.front().Notes.back();
  EXPECT_EQ(Last.Role, FindingNote::ScopeEnd);
  EXPECT_EQ(Last.Where.Line, 7u); // the call, not the commit on line 9
  EXPECT_EQ(llvm::count_if(Out.front().Notes,
                           [](const FindingNote &N) {
                             return N.Role == FindingNote::ScopeEnd;
                           }),
            1);

  // A callee that does not end it leaves the unit's end note.
  Units[1].Functions[0].EndsScopes.clear();
  Out = linkUnits(Units);
  ASSERT_EQ(Out.size(), 1u);
  EXPECT_EQ(Out.front().Notes.back().Where.Line, 9u);
}

TEST(FactsIO, RoundTripKeepsTheEndNote) {
  auto Units = threeUnitsWithEnd();
  PendingSlowCall &P = Units[0].Pending[0];
  P.ScopeParam = 0;
  P.EndAtCall = FindingNote{FindingNote::ScopeEnd, P.Partial.Where,
                            "transaction 'tx' ends here"};
  std::string Text;
  llvm::raw_string_ostream OS(Text);
  writeUnitFacts(OS, Units[0]);
  auto Back = parseUnitFacts(Text, "a.facts.json");
  ASSERT_TRUE(static_cast<bool>(Back)) << llvm::toString(Back.takeError());
  const PendingSlowCall &Q = Back->Pending.at(0);
  ASSERT_EQ(Q.Partial.Notes.size(), 2u);
  EXPECT_EQ(Q.Partial.Notes[1].Role, FindingNote::ScopeEnd);
  EXPECT_EQ(Q.Partial.Notes[1].Where.Line, 9u);
  ASSERT_TRUE(Q.EndAtCall.has_value());
  EXPECT_EQ(Q.EndAtCall->Role, FindingNote::ScopeEnd);
  EXPECT_EQ(Q.EndAtCall->Where.Line, 7u);
}
