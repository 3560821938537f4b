//===--- CheckoutInLoopCheck.cpp ------------------------------------------===//
#include "CheckoutInLoopCheck.h"
#include "../analysis/ExportedSummaries.h"
#include "../analysis/ScopeDataflow.h"
#include "../findings/ClangSpans.h"

#include "clang/AST/ParentMap.h"
#include "clang/AST/StmtCXX.h"

#include <functional>

using namespace clang;

namespace conncheck {
namespace {

/// A connection taken in the loop body for one iteration.
struct Checkout {
  const Expr *Site;      // the acquiring call or construction
  SourceRange Lifetime;  // where it is held
  std::string Holder;    // variable name, or "" for a helper call
  std::string Pool;      // pool variable name, if known
  std::optional<SlowChain> Chain; // for a helper call: how it takes one
  bool ByHand = false;   // a handle given back by a call, not an object
};

void walk(const Stmt *S, const std::function<bool(const Stmt *)> &Visit) {
  if (!S || isa<LambdaExpr>(S))
    return;
  if (!Visit(S))
    return;
  for (const Stmt *Child : S->children())
    walk(Child, Visit);
}

bool isLoop(const Stmt *S) {
  return isa<ForStmt>(S) || isa<CXXForRangeStmt>(S) || isa<WhileStmt>(S) ||
         isa<DoStmt>(S);
}

/// Whether the connection held by \p VD goes back within one iteration of
/// \p Body: a handle released there, an RAII lease not moved out of it.
bool givenBackInIteration(const VarDecl *VD, const Stmt *Body,
                          rules::RoleCatalogue &Roles) {
  bool NeedsRelease = false;
  if (const auto *Call = dyn_cast<CallExpr>(VD->getInit()->IgnoreImplicit()))
    if (auto M = Roles.acquireCall(Call))
      NeedsRelease = M->Rule->Result == rules::AcquireRule::Handle;
  bool Released = false, MovedOut = false;
  walk(Body, [&](const Stmt *S) {
    if (const auto *Call = dyn_cast<CallExpr>(S)) {
      if (auto R = Roles.releaseCall(Call);
          R && R->Handle && holderDecl(R->Handle) == VD->getCanonicalDecl())
        Released = true;
      if (Call->isCallToStdMove() && Call->getNumArgs() == 1 &&
          holderDecl(Call->getArg(0)) == VD->getCanonicalDecl())
        MovedOut = true;
    }
    return true;
  });
  return NeedsRelease ? Released : !MovedOut;
}

/// Whether \p Body can leave its loop early: a break (not one of a nested
/// loop or switch), a return or a goto. Such a loop stops on what it
/// finds -- a batch that comes back empty, a retry that succeeds -- and
/// gives the connection back between rounds on purpose; the check is for
/// per-item churn over data.
bool stopsOnResult(const Stmt *Body) {
  bool Stops = false;
  std::function<void(const Stmt *, bool)> Walk = [&](const Stmt *S,
                                                     bool InNested) {
    if (!S || Stops || isa<LambdaExpr>(S))
      return;
    if (isa<ReturnStmt>(S) || isa<GotoStmt>(S) ||
        (isa<BreakStmt>(S) && !InNested)) {
      Stops = true;
      return;
    }
    bool Nested = InNested || isLoop(S) || isa<SwitchStmt>(S);
    for (const Stmt *Child : S->children())
      Walk(Child, Nested);
  };
  Walk(Body, false);
  return Stops;
}

bool within(const SourceManager &SM, SourceLocation L, SourceRange R) {
  return SM.isPointWithin(L, R.getBegin(), R.getEnd());
}

} // namespace

void CheckoutInLoopCheck::checkCallWhileHeld(const Expr *Call,
                                             const HeldSet &Held,
                                             CheckContext &Ctx) {
  if (Held.innermostPooledLease())
    WhileLeased.insert(Call);
}

void CheckoutInLoopCheck::checkFunction(CheckContext &Ctx) {
  // What onCall recorded is for this function only.
  struct ClearAtExit {
    decltype(WhileLeased) &Recorded;
    ~ClearAtExit() { Recorded.clear(); }
  } Clear{WhileLeased};
  const Stmt *FnBody = Ctx.Function->getBody();
  if (!FnBody)
    return;
  rules::RoleCatalogue &Roles = Ctx.TU.Roles;
  const SourceManager &SM = Ctx.AST.getSourceManager();
  const LangOptions &LO = Ctx.AST.getLangOpts();
  ParentMap Parents(const_cast<Stmt *>(FnBody));

  walk(FnBody, [&](const Stmt *S) {
    // Loops over data only: a while loop is as often a worker or retry loop,
    // for which a connection per round is right.
    const Stmt *Body = nullptr;
    if (const auto *For = dyn_cast<ForStmt>(S))
      Body = For->getBody();
    else if (const auto *Range = dyn_cast<CXXForRangeStmt>(S))
      Body = Range->getBody();
    if (!Body || stopsOnResult(Body))
      return true;

    std::vector<Checkout> Checkouts;
    std::vector<const Expr *> Calls;
    walk(Body, [&](const Stmt *Inner) {
      if (Inner != Body && isLoop(Inner))
        return false; // its own loop
      if (isa<CallExpr>(Inner) || isa<CXXConstructExpr>(Inner))
        Calls.push_back(cast<Expr>(Inner));
      const auto *DS = dyn_cast<DeclStmt>(Inner);
      if (!DS)
        return true;
      for (const Decl *D : DS->decls()) {
        const auto *VD = dyn_cast<VarDecl>(D);
        if (!VD || !VD->hasLocalStorage() || !VD->getInit())
          continue;
        const Expr *Init = VD->getInit()->IgnoreImplicit();
        std::string What;
        if (!Ctx.TU.pooledAcquisitionClass(Init, What))
          continue;
        // Taken while another from a pool is held: a nested checkout,
        // reported as such; "take one before the loop" is not the fix.
        if (WhileLeased.count(Init))
          continue;
        if (!givenBackInIteration(VD, Body, Roles))
          continue; // kept beyond the iteration: not churn
        // Held from the declaration to the end of its block.
        const Stmt *Block = Parents.getParent(DS);
        while (Block && !isa<CompoundStmt>(Block))
          Block = Parents.getParent(Block);
        SourceRange Life(VD->getLocation(),
                         Block ? Block->getEndLoc() : Body->getEndLoc());
        std::string PoolName;
        const Expr *PoolExpr = nullptr;
        if (const auto *Call = dyn_cast<CallExpr>(Init)) {
          if (auto M = Roles.acquireCall(Call))
            PoolExpr = M->Pool;
        } else if (const auto *Ctor = dyn_cast<CXXConstructExpr>(Init)) {
          if (const rules::RaiiTypeRule *R = Roles.raiiRuleFor(Ctor->getType()))
            Roles.raiiInitOpens(*R, Ctor, PoolExpr);
        }
        if (const ValueDecl *P = PoolExpr ? holderDecl(PoolExpr) : nullptr)
          PoolName = P->getNameAsString();
        bool ByHand = false;
        if (const auto *Call = dyn_cast<CallExpr>(Init))
          if (auto M = Roles.acquireCall(Call))
            ByHand = M->Rule->Result == rules::AcquireRule::Handle;
        Checkouts.push_back(
            {Init, Life, VD->getNameAsString(), PoolName, {}, ByHand});
      }
      return true;
    });

    // Helpers called in the loop that take (and give back) a connection;
    // those of other files may: the link step decides.
    std::vector<const Expr *> MayTake;
    for (const Expr *Call : Calls) {
      bool Direct = llvm::any_of(
          Checkouts, [&](const Checkout &C) { return C.Site == Call; });
      std::string What;
      if (Direct || Ctx.TU.pooledAcquisitionClass(Call, What) ||
          WhileLeased.count(Call))
        continue;
      if (Ctx.Slow.slowChainOf(Call))
        continue;
      if (auto Chain = Ctx.TU.pooledAcquisitions().chainOf(Call))
        Checkouts.push_back(
            {Call, Call->getSourceRange(), "", "", std::move(Chain)});
      else if (isProjectFunction(calledFunction(Call), SM))
        MayTake.push_back(Call);
    }
    if (Checkouts.empty() && MayTake.empty())
      return true;

    // Slow work between the checkouts: giving the connection back for it
    // is the right shape. Calls to functions of other files may be such
    // work: the findings hold unless the link step finds they are.
    std::vector<std::string> UnlessSlow;
    for (const Expr *Call : Calls) {
      bool InsideACheckout = llvm::any_of(Checkouts, [&](const Checkout &C) {
        return within(SM, Call->getExprLoc(), C.Lifetime);
      });
      if (InsideACheckout)
        continue;
      if (Ctx.Slow.slowChainOf(Call))
        return true;
      const FunctionDecl *Callee = calledFunction(Call);
      if (isProjectFunction(Callee, SM) && !Ctx.TU.Roles.described(Call)) {
        std::string Usr = usrOf(Callee);
        if (!Usr.empty() && !llvm::is_contained(UnlessSlow, Usr)) {
          UnlessSlow.push_back(Usr);
          Ctx.TU.LinkNeeds.push_back(Callee);
        }
      }
    }

    SourceLocation LoopLoc = S->getBeginLoc();
    for (const Expr *Call : MayTake)
      deferLoopHelper(Id, Call, LoopLoc, UnlessSlow, Ctx);
    for (const Checkout &C : Checkouts) {
      Finding F;
      F.CheckId = Id.str();
      F.Function = displayName(Ctx.Function);
      F.Where = callSpan(C.Site, Ctx.AST);
      if (!C.Chain) {
        // A handle is given back by a call some path may skip (that is
        // checkout-without-checkin's finding): say only what is sure.
        F.Message = "connection '" + C.Holder + "' is taken" +
                    (C.Pool.empty() ? "" : " from '" + C.Pool + "'") +
                    (C.ByHand ? " on every iteration"
                              : " and given back on every iteration") +
                    "; take one before the loop";
      }
      F.Notes.push_back({FindingNote::ScopeBegin, spanOf(SM, LO, LoopLoc),
                         "the loop is here"});
      if (C.Chain)
        describeLoopHelper(F, resolveChain(*C.Chain, Ctx.AST));
      F.UnlessSlow = UnlessSlow;
      Ctx.Out.push_back(std::move(F));
    }
    return true;
  });
}

} // namespace conncheck
