//===--- BaselineTest.cpp - fingerprints and baselines --------------------===//
#include "findings/Baseline.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

#include <gtest/gtest.h>

using namespace conncheck;

namespace {

Finding chainFinding(llvm::StringRef Deepest) {
  Finding F;
  F.CheckId = "conncheck-slow-call-in-transaction";
  F.Where.File = "/src/service.cpp";
  F.Where.Line = 5;
  F.Where.Column = 3;
  F.Function = "handler";
  F.Via = "save";
  F.Held = "database transaction 'tx' is open";
  F.Message = ("call to 'save' reaches a slow call ('" + Deepest +
               "') while database transaction 'tx' is open")
                  .str();
  return F;
}

/// Writes \p Text to a temporary file; its path.
std::string tempFile(llvm::StringRef Text) {
  llvm::SmallString<128> Path;
  int FD;
  EXPECT_FALSE(llvm::sys::fs::createTemporaryFile("baseline", "json", FD, Path));
  llvm::raw_fd_ostream OS(FD, /*shouldClose=*/true);
  OS << Text;
  return std::string(Path);
}

TEST(Fingerprint, IgnoresWhatTheChainReachesBeyondTheCall) {
  EXPECT_EQ(stableFingerprint(chainFinding("app::sleep_ms"), "service.cpp"),
            stableFingerprint(chainFinding("app::http_get"), "service.cpp"));
  // The message-based fingerprint of version 1 baselines does not.
  EXPECT_NE(messageFingerprint(chainFinding("app::sleep_ms"), "service.cpp"),
            messageFingerprint(chainFinding("app::http_get"), "service.cpp"));
}

TEST(Fingerprint, KeepsWhatIsAtTheSite) {
  Finding F = chainFinding("app::sleep_ms");
  std::string Base = stableFingerprint(F, "service.cpp");
  Finding OtherCall = F;
  OtherCall.Via = "load";
  Finding OtherHeld = F;
  OtherHeld.Held = "pooled connection 'c' is held";
  Finding OtherFunction = F;
  OtherFunction.Function = "other";
  EXPECT_NE(Base, stableFingerprint(OtherCall, "service.cpp"));
  EXPECT_NE(Base, stableFingerprint(OtherHeld, "service.cpp"));
  EXPECT_NE(Base, stableFingerprint(OtherFunction, "service.cpp"));
  EXPECT_NE(Base, stableFingerprint(F, "other.cpp"));
  // Not the line.
  Finding Moved = F;
  Moved.Where.Line = 50;
  EXPECT_EQ(Base, stableFingerprint(Moved, "service.cpp"));
}

TEST(Baseline, ReadsVersionOneByTheMessage) {
  Finding F = chainFinding("app::sleep_ms");
  std::string Doc = "{\"conncheck-baseline\": 1, \"findings\": [{\"fingerprint\": \"" +
                    messageFingerprint(F, "service.cpp") + "\"}]}";
  std::string Path = tempFile(Doc);
  auto Known = loadBaseline(Path);
  ASSERT_TRUE(bool(Known)) << llvm::toString(Known.takeError());
  EXPECT_EQ(Known->Version, 1u);
  EXPECT_TRUE(Known->SourceRoot.empty());
  std::vector<Finding> Findings{F, chainFinding("app::http_get")};
  EXPECT_EQ(removeBaselined(Findings, *Known, "/src"), 1u);
  ASSERT_EQ(Findings.size(), 1u);
  EXPECT_NE(Findings[0].Message.find("app::http_get"), std::string::npos);
  llvm::sys::fs::remove(Path);
}

TEST(Baseline, RecordsItsRootRelativeToItself) {
  std::vector<Finding> Findings{chainFinding("app::sleep_ms")};
  std::string Text;
  llvm::raw_string_ostream OS(Text);
  writeBaseline(OS, Findings, "/src", "/src/ci/baseline.json");
  EXPECT_NE(Text.find("\"source-root\": \"..\""), std::string::npos) << Text;
  EXPECT_NE(Text.find("\"conncheck-baseline\": 2"), std::string::npos) << Text;

  std::string Path = tempFile(Text);
  auto Known = loadBaseline(Path);
  ASSERT_TRUE(bool(Known)) << llvm::toString(Known.takeError());
  llvm::SmallString<128> Expected(llvm::sys::path::parent_path(Path));
  llvm::sys::path::append(Expected, "..");
  llvm::sys::path::remove_dots(Expected, /*remove_dot_dot=*/true);
  EXPECT_EQ(Known->SourceRoot, std::string(Expected));
  EXPECT_EQ(Known->Findings, 1u);
  EXPECT_EQ(baselineRoot(*Known, "", "/cwd"), Known->SourceRoot);
  EXPECT_EQ(baselineRoot(*Known, "/given", "/cwd"), "/given");
  llvm::sys::fs::remove(Path);
}

TEST(Baseline, WarnsWhenNothingMatches) {
  Baseline Known;
  Known.Findings = 2;
  EXPECT_TRUE(unmatchedBaselineWarning("b.json", Known, 0).has_value());
  EXPECT_FALSE(unmatchedBaselineWarning("b.json", Known, 1).has_value());
  Known.Findings = 0;
  EXPECT_FALSE(unmatchedBaselineWarning("b.json", Known, 0).has_value());
}

TEST(Baseline, RelativeDirectory) {
  EXPECT_EQ(relativeDirectory("/a/b", "/a/b"), ".");
  EXPECT_EQ(relativeDirectory("/a/b/ci", "/a/b"), "..");
  EXPECT_EQ(relativeDirectory("/a/b", "/a/b/src"), "src");
  EXPECT_EQ(relativeDirectory("/a/x/y", "/a/b"), "../../b");
}

TEST(Baseline, RejectsNewerVersions) {
  std::string Path = tempFile("{\"conncheck-baseline\": 9, \"findings\": []}");
  auto Known = loadBaseline(Path);
  ASSERT_FALSE(bool(Known));
  EXPECT_NE(llvm::toString(Known.takeError()).find("newer than this conncheck"),
            std::string::npos);
  llvm::sys::fs::remove(Path);
}

} // namespace
