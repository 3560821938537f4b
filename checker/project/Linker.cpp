//===--- Linker.cpp -------------------------------------------------------===//
#include "Linker.h"
#include "../checks/ConnCheck.h"

#include "llvm/ADT/StringMap.h"

#include <deque>

namespace conncheck {

static std::vector<const UnitFacts *> inFileOrder(llvm::ArrayRef<UnitFacts> Units);

namespace {

class ProgramGraph {
public:
  ProgramGraph(llvm::ArrayRef<const UnitFacts *> Units, unsigned MaxChainLength)
      : MaxChainLength(MaxChainLength) {
    // An inline function is summarised by every unit that includes it; the
    // first unit in file order speaks for it.
    for (const UnitFacts *U : Units)
      for (const FunctionSummary &S : U->Functions)
        Functions.try_emplace(S.Usr, &S);
    // Class hierarchy analysis over the whole program: each virtual
    // method's overriders, wherever they are defined.
    for (const UnitFacts *U : Units)
      for (const FunctionSummary &S : U->Functions)
        if (lookup(S.Usr) == &S)
          for (const std::string &Base : S.Overrides)
            Overriders[Base].push_back(&S);
  }

  /// A function a call may run, and how the note names the step: the
  /// callee, an overrider of a virtual callee ("'Base::f', which may run
  /// 'Derived::f'"), a lambda the callee calls.
  struct Target {
    const FunctionSummary *Fn;
    std::string StepCallee;
  };
  /// Whether a search for \p Pool looks for slow calls.
  static bool slowSearch(const std::string &Pool) {
    return Pool.empty() || Pool == LockedTarget;
  }

  std::vector<Target> targetsOf(const CallSite &C, const std::string &Pool) const {
    std::vector<Target> Out;
    // Declared not slow: no slow call is searched for below it.
    if (slowSearch(Pool) && C.NotSlow)
      return Out;
    const FunctionSummary *Callee = lookup(C.CalleeUsr);
    if (Callee)
      Out.push_back({Callee, C.CalleeName});
    if (C.Dispatches)
      for (const FunctionSummary *O : overridersOf(C.CalleeUsr))
        Out.push_back({O, C.CalleeName + "', which may run '" + O->Name});
    for (const FunctionSummary *L : lambdasRun(Callee, C.Callables))
      Out.push_back({L, L->Name});
    return Out;
  }

  /// The shortest chain of a call made while a scope is held, to \p Usr,
  /// handed the scope as \p Param: the callee's own, or an overrider's
  /// ("'Base::f' may run 'Derived::f'"), or a lambda's it runs.
  /// For a nested-checkout call (P.PoolUsr set), the chain down to a
  /// connection taken from that pool instead.
  std::optional<ResolvedChain> chainOfCall(const PendingSlowCall &P) {
    std::string Pool = P.PoolUsr.empty() && P.HeldLock ? LockedTarget : P.PoolUsr;
    std::optional<ResolvedChain> Best =
        slowSearch(Pool) ? slowChainHanded(P.CalleeUsr, P.ScopeParam, Pool)
                         : chainFrom(P.CalleeUsr, Pool);
    auto Consider = [&](const FunctionSummary *Fn, bool Dispatch) {
      std::optional<ResolvedChain> Below = chainFrom(Fn->Usr, Pool);
      if (!Below || (Best && !(key(*Below, 1) < key(*Best, 0))))
        return;
      Below->Steps.insert(Below->Steps.begin(),
                          ResolvedStep{P.CalleeName, Fn->Name, P.Partial.Where,
                                       Dispatch});
      Best = std::move(Below);
    };
    if (P.Dispatches)
      for (const FunctionSummary *O : overridersOf(P.CalleeUsr))
        Consider(O, true);
    for (const FunctionSummary *L : lambdasRun(lookup(P.CalleeUsr), P.Callables))
      Consider(L, false);
    return Best;
  }

  size_t size() const { return Functions.size(); }

  /// The shortest chain from the body of \p Usr down to a slow call.
  std::optional<ResolvedChain> slowChainFrom(const std::string &Usr) {
    return chainFrom(Usr, std::string());
  }

  /// The shortest chain from the body of \p Usr down to a slow call, or,
  /// when \p Pool is set, to a connection taken from that pool.
  std::optional<ResolvedChain> chainFrom(const std::string &Usr,
                                         const std::string &Pool) {
    auto [It, Inserted] = Chains.try_emplace(Pool + "\n" + Usr);
    if (Inserted)
      It->second = search(Usr, Pool);
    return It->second;
  }

  enum class Verdict { Releases, Keeps, Unknown };

  /// What \p Usr does with the handle it gets as parameter \p Param.
  Verdict releases(const std::string &Usr, unsigned Param) {
    std::string Key = Usr + "#" + std::to_string(Param);
    if (auto It = Verdicts.find(Key); It != Verdicts.end())
      return It->second;
    const FunctionSummary *S = lookup(Usr);
    if (!S)
      return Verdict::Unknown; // defined nowhere we saw: it may
    // Recursion: assume not, the outer frame decides (as within a unit).
    Verdicts[Key] = Verdict::Keeps;
    Verdict V = Verdict::Keeps;
    if (llvm::is_contained(S->ReleasesParams, Param)) {
      V = Verdict::Releases;
    } else {
      for (const ParamForward &F : S->Forwards) {
        if (F.Param != Param)
          continue;
        Verdict Onward = releases(F.CalleeUsr, F.CalleeParam);
        if (Onward == Verdict::Releases) {
          V = Verdict::Releases;
          break;
        }
        if (Onward == Verdict::Unknown)
          V = Verdict::Unknown;
      }
    }
    Verdicts[Key] = V;
    return V;
  }

  /// Whether \p Usr ends the scope it is handed as parameter \p Param.
  bool endsParam(const std::string &Usr, unsigned Param) {
    const FunctionSummary *S = lookup(Usr);
    return S && llvm::any_of(S->EndsScopes,
                             [&](const FunctionSummary::ScopeEnd &E) {
                               return E.Param == Param;
                             });
  }

  /// The chain of a call to \p Usr handed the held scope as parameter
  /// \p Param: if the function ends it, only what it does before counts.
  std::optional<ResolvedChain> slowChainHanded(const std::string &Usr,
                                               std::optional<unsigned> Param,
                                               const std::string &Mode) {
    const FunctionSummary *S = Param ? lookup(Usr) : nullptr;
    const FunctionSummary::ScopeEnd *End = nullptr;
    if (S)
      for (const FunctionSummary::ScopeEnd &E : S->EndsScopes)
        if (E.Param == *Param)
          End = &E;
    if (!End)
      return chainFrom(Usr, Mode);
    if (End->Slow)
      return ResolvedChain{{{S->Name, std::string(), End->Slow->Where}},
                           End->Slow->Name,
                           End->Slow->Category};
    std::optional<ResolvedChain> Best;
    for (const CallSite &C : End->Calls)
      for (const Target &T : targetsOf(C, Mode)) {
        std::optional<ResolvedChain> Below = chainFrom(T.Fn->Usr, Mode);
        if (!Below || (Best && rules::categoryRank(Below->Category) >=
                                   rules::categoryRank(Best->Category)))
          continue;
        Below->Steps.insert(Below->Steps.begin(),
                            ResolvedStep{S->Name, T.StepCallee, C.Where});
        Best = std::move(Below);
      }
    return Best;
  }

  /// Whether \p Usr throws, or calls a function that does (as far as the
  /// summaries of every unit tell).
  bool throws(const std::string &Usr) {
    if (auto It = ThrowVerdicts.find(Usr); It != ThrowVerdicts.end())
      return It->second;
    const FunctionSummary *S = lookup(Usr);
    if (!S)
      return false; // defined nowhere we saw: nothing says it throws
    ThrowVerdicts[Usr] = false; // recursion: the outer frame decides
    bool T = S->Throws;
    for (const CallSite &C : S->Calls)
      T = T || throws(C.CalleeUsr);
    return ThrowVerdicts[Usr] = T;
  }

private:
  unsigned MaxChainLength;
  llvm::StringMap<bool> ThrowVerdicts;
  llvm::StringMap<const FunctionSummary *> Functions;
  llvm::StringMap<std::optional<ResolvedChain>> Chains;
  llvm::StringMap<Verdict> Verdicts;
  llvm::StringMap<std::vector<const FunctionSummary *>> Overriders;

  const FunctionSummary *lookup(llvm::StringRef Usr) const {
    auto It = Functions.find(Usr);
    return It == Functions.end() ? nullptr : It->second;
  }

  llvm::ArrayRef<const FunctionSummary *> overridersOf(llvm::StringRef Usr) const {
    auto It = Overriders.find(Usr);
    if (It == Overriders.end())
      return {};
    return It->second;
  }

  /// The lambdas of \p Callables that \p Callee calls before it returns.
  std::vector<const FunctionSummary *>
  lambdasRun(const FunctionSummary *Callee,
             const std::vector<CallableArg> &Callables) const {
    std::vector<const FunctionSummary *> Out;
    if (!Callee)
      return Out;
    for (const CallableArg &A : Callables)
      if (llvm::is_contained(Callee->RunsCallables, A.Param))
        if (const FunctionSummary *L = lookup(A.Usr))
          Out.push_back(L);
    return Out;
  }

  /// Rank of the slow call first, then length (plus \p Extra steps).
  static std::pair<unsigned, size_t> key(const ResolvedChain &C, size_t Extra) {
    return {rules::categoryRank(C.Category), C.Steps.size() + Extra};
  }

  /// Breadth first, calls in source order: the first slow function found
  /// ends a shortest chain, the same one whatever order units came in.
  /// What ends a chain in \p Fn: its slow call, or its checkout from
  /// \p Pool.
  static const SlowSite *targetIn(const FunctionSummary &Fn,
                                  const std::string &Pool) {
    if (Fn.NotSlow && slowSearch(Pool))
      return nullptr;
    if (Pool == LockedTarget)
      return Fn.Slow ? &*Fn.Slow : nullptr;
    if (Pool.empty()) {
      // A wait that gives up the caller's lock is still a wait inside a
      // database scope.
      const SlowSite *S = Fn.Slow ? &*Fn.Slow : nullptr;
      if (Fn.ParamLockWait &&
          (!S || rules::categoryRank(Fn.ParamLockWait->Category) <
                     rules::categoryRank(S->Category)))
        S = &*Fn.ParamLockWait;
      return S;
    }
    // "pooled": a pooled connection from a pool of any class.
    bool AnyPooled = Pool == PooledTarget;
    for (const PoolAcquire &A : Fn.Acquires)
      if (AnyPooled ? llvm::StringRef(A.PoolUsr).starts_with("class:")
                    : A.PoolUsr == Pool)
        return &A.Site;
    return nullptr;
  }

  std::optional<ResolvedChain> search(const std::string &Start,
                                      const std::string &Pool) {
    struct Visit {
      const FunctionSummary *Fn;
      int Parent;
      const CallSite *Via; // the call in the parent that leads here
      unsigned Depth;
      std::string StepCallee; // how the parent's note names this step
    };
    std::vector<Visit> Visits;
    llvm::StringMap<bool> Seen;
    const FunctionSummary *Root = lookup(Start);
    if (!Root)
      return std::nullopt;
    Visits.push_back({Root, -1, nullptr, 1, std::string()});
    Seen[Start] = true;
    // The nearest slow call of the best category (network before sleep
    // before wait): breadth first, so the first of each rank is nearest.
    std::optional<size_t> Best;
    unsigned BestRank = ~0u;
    for (size_t I = 0; I < Visits.size(); ++I) {
      const Visit V = Visits[I];
      if (slowSearch(Pool) && V.Fn->NotSlow)
        continue; // declared not slow: nothing below it counts
      if (const SlowSite *Hit = targetIn(*V.Fn, Pool)) {
        unsigned Rank = rules::categoryRank(Hit->Category);
        if (Rank < BestRank) {
          Best = I;
          BestRank = Rank;
        }
        if (Rank == 0)
          break;
      }
      if (V.Depth >= MaxChainLength)
        continue;
      for (const CallSite &C : V.Fn->Calls)
        for (Target &T : targetsOf(C, Pool))
          if (Seen.try_emplace(T.Fn->Usr, true).second)
            Visits.push_back({T.Fn, static_cast<int>(I), &C, V.Depth + 1,
                              std::move(T.StepCallee)});
    }
    if (Best)
      return unroll(Visits, *Best, *targetIn(*Visits[*Best].Fn, Pool));
    return std::nullopt;
  }

  template <typename VisitT>
  static ResolvedChain unroll(const std::vector<VisitT> &Visits, size_t Last,
                              const SlowSite &Slow) {
    ResolvedChain Chain;
    Chain.SlowName = Slow.Name;
    Chain.Category = Slow.Category;
    Chain.Steps.push_back({Visits[Last].Fn->Name, std::string(), Slow.Where});
    for (int I = static_cast<int>(Last); Visits[I].Parent >= 0;
         I = Visits[I].Parent) {
      const VisitT &V = Visits[I];
      Chain.Steps.push_back({Visits[V.Parent].Fn->Name, V.StepCallee,
                             V.Via->Where});
    }
    std::reverse(Chain.Steps.begin(), Chain.Steps.end());
    return Chain;
  }
};

} // namespace

std::vector<Finding> linkUnits(llvm::ArrayRef<UnitFacts> Units,
                               unsigned MaxChainLength, LinkStats *Stats) {
  std::vector<const UnitFacts *> Ordered = inFileOrder(Units);
  ProgramGraph Graph(Ordered, MaxChainLength);
  LinkStats Local;
  Local.Units = Ordered.size();
  Local.Functions = Graph.size();

  // A function defined nowhere conncheck saw is taken to keep the handle,
  // as a function of the same unit whose body shows no release is.
  // A leak on the path of an exception holds only if something on it
  // throws.
  auto Holds = [&](const Finding &F) {
    for (const ReleaseCondition &C : F.UnlessReleasedBy)
      if (Graph.releases(C.Usr, C.Param) == ProgramGraph::Verdict::Releases)
        return false;
    if (!F.OnlyIfThrows.empty() &&
        llvm::none_of(F.OnlyIfThrows,
                      [&](const std::string &Usr) { return Graph.throws(Usr); }))
      return false;
    if (llvm::any_of(F.UnlessSlow, [&](const std::string &Usr) {
          return Graph.slowChainFrom(Usr).has_value();
        }))
      return false;
    return true;
  };

  std::vector<Finding> Out;
  for (const UnitFacts *U : Ordered) {
    for (const Finding &F : U->Findings) {
      if (!Holds(F)) {
        ++Local.Dropped;
        continue;
      }
      Out.push_back(F);
      Out.back().UnlessReleasedBy.clear();
      Out.back().OnlyIfThrows.clear();
      Out.back().UnlessSlow.clear();
    }
    for (const PendingSlowCall &P : U->Pending) {
      ++Local.Pending;
      std::optional<ResolvedChain> Chain = Graph.chainOfCall(P);
      // The best a chain reaches is only blocking I/O: not slow for a
      // database scope.
      if (!Chain || (P.PoolUsr.empty() && !P.HeldLock &&
                     Chain->Category == rules::categoryName(rules::SlowCategory::Io)))
        continue;
      if (!Holds(P.Partial)) {
        ++Local.Dropped;
        continue;
      }
      Finding F = P.Partial;
      F.UnlessReleasedBy.clear();
      F.OnlyIfThrows.clear();
      F.UnlessSlow.clear();
      if (P.PoolUsr.empty())
        describeSlowCall(F, *Chain, P.HeldPhrase);
      else if (P.PoolUsr == PooledTarget)
        describeLoopHelper(F, *Chain);
      else if (llvm::StringRef(P.PoolUsr).starts_with("class:"))
        appendWorkerChain(F, *Chain);
      else
        describeNestedCheckout(F, *Chain, P.PoolName, P.HeldPhrase);
      // A callee that ends the scope it is handed ends the window at this
      // call, as in a unit that sees both functions.
      if (P.EndAtCall && Graph.endsParam(P.CalleeUsr, *P.ScopeParam)) {
        llvm::erase_if(F.Notes, [](const FindingNote &N) {
          return N.Role == FindingNote::ScopeEnd;
        });
        F.Notes.push_back(*P.EndAtCall);
      }
      Out.push_back(std::move(F));
      ++Local.Resolved;
    }
  }
  if (Stats)
    *Stats = Local;
  return Out;
}

static std::vector<const UnitFacts *> inFileOrder(llvm::ArrayRef<UnitFacts> Units) {
  std::vector<const UnitFacts *> Ordered;
  for (const UnitFacts &U : Units)
    Ordered.push_back(&U);
  std::stable_sort(Ordered.begin(), Ordered.end(),
                   [](const UnitFacts *A, const UnitFacts *B) {
                     return A->File < B->File;
                   });
  return Ordered;
}

ProjectWrappers collectWrappers(llvm::ArrayRef<UnitFacts> Units) {
  ProjectWrappers Out;
  for (const UnitFacts *U : inFileOrder(Units))
    for (const FunctionSummary &S : U->Functions)
      if (!S.Wrapper.empty())
        Out.try_emplace(S.Usr, S.Wrapper);
  return Out;
}

std::string importsKeyFor(const UnitFacts &Unit, const ProjectWrappers &Wrappers) {
  std::string Key;
  for (const std::string &Usr : Unit.AskedWrappers)
    if (auto It = Wrappers.find(Usr); It != Wrappers.end())
      Key += Usr + "=" + It->second.key() + "\n";
  return Key;
}

} // namespace conncheck
