//===--- SlowCallInTransactionCheck.cpp -----------------------------------===//
#include "SlowCallInTransactionCheck.h"
#include "../findings/ClangSpans.h"

#include "llvm/Support/FormatVariadic.h"

using namespace clang;

namespace conncheck {

static std::string openPhrase(const HeldScope &Tx) {
  if (Tx.HolderName.empty())
    return "a database transaction is open";
  return "database transaction '" + Tx.HolderName + "' is open";
}

static std::string beginNote(const HeldScope &Tx) {
  std::string Note = "transaction";
  if (Tx.Raii)
    Note += " '" + Tx.HolderName + "' (" + Tx.How + ") begins here";
  else
    Note += (Tx.HolderName.empty() ? "" : " on '" + Tx.HolderName + "'") +
            " begins here with " + Tx.How;
  if (!Tx.OnEveryPath)
    Note += "; it is still open on some paths to the call";
  return Note;
}

void SlowCallInTransactionCheck::checkCallWhileHeld(const Expr *Call,
                                                    const HeldSet &Held,
                                                    CheckContext &Ctx) {
  const HeldScope *Tx = Held.innermost(rules::ScopeKind::Transaction);
  if (!Tx)
    return;
  std::optional<SlowChain> Chain = Ctx.Slow.slowChainOf(Call);
  if (!Chain)
    return;

  const SourceManager &SM = Ctx.AST.getSourceManager();
  const LangOptions &LO = Ctx.AST.getLangOpts();
  llvm::StringRef Category = rules::categoryName(Chain->Category);

  Finding F;
  F.CheckId = Id.str();
  F.Function = displayName(Ctx.Function);
  F.Where = callSpan(Call, Ctx.AST);
  if (Chain->Steps.empty())
    F.Message = llvm::formatv("slow {0} call '{1}' while {2}", Category,
                              Chain->SlowName, openPhrase(*Tx));
  else
    F.Message = llvm::formatv("call to '{0}' reaches a slow {1} call ('{2}') "
                              "while {3}",
                              displayName(Chain->Steps.front().Caller),
                              Category, Chain->SlowName, openPhrase(*Tx));

  F.Notes.push_back(
      {FindingNote::ScopeBegin, spanOf(SM, LO, Tx->Begin), beginNote(*Tx)});
  for (const ChainStep &Step : Chain->Steps) {
    std::string Text =
        Step.Callee
            ? llvm::formatv("'{0}' calls '{1}'", displayName(Step.Caller),
                            displayName(Step.Callee))
                  .str()
            : llvm::formatv("'{0}' calls '{1}', a slow {2} call",
                            displayName(Step.Caller), Chain->SlowName,
                            Category)
                  .str();
    F.Notes.push_back(
        {FindingNote::CallStep, callSpan(Step.Call, Ctx.AST), Text});
  }
  Ctx.Out.push_back(std::move(F));
}

} // namespace conncheck
