//===--- HtmlEmitter.cpp - one self-contained HTML page -------------------===//
//
// A finding is a window in time: from where a scope begins to where it
// ends, with a slow call inside. The page shows, for each finding, the
// source of the function that holds the scope with that window shaded, the
// call that reaches the slow call marked, and the chain of calls down to
// the slow call, each step with its source. Everything is inline (styles,
// script, no fonts or images) and a Content-Security-Policy forbids the
// page any request, so that the report reads the same offline, from a CI
// artifact or a mail attachment. It reads without script too: findings
// are <details> elements; the script only adds search, filters and themes.
//
// The output depends only on the findings and the source files: no date,
// no host name, so that the same run gives the same bytes.
//
//===----------------------------------------------------------------------===//
#include "Emitters.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/MemoryBuffer.h"

#include <algorithm>
#include <map>
#include <memory>
#include <set>

namespace conncheck {
namespace {

/// Lines shown around what an excerpt is about.
constexpr unsigned Context = 3;
/// A window up to this many lines is shown whole; a longer one shows the
/// lines around its begin, its calls and its end, with the rest elided.
constexpr unsigned MaxWholeLines = 80;

std::string escape(llvm::StringRef S) {
  std::string Out;
  Out.reserve(S.size());
  for (char C : S) {
    switch (C) {
    case '&': Out += "&amp;"; break;
    case '<': Out += "&lt;"; break;
    case '>': Out += "&gt;"; break;
    case '"': Out += "&quot;"; break;
    case '\'': Out += "&#39;"; break;
    case '\r': break;
    default: Out += C;
    }
  }
  return Out;
}

/// Source files, each read once and split into lines.
class SourceFiles {
public:
  /// The lines of \p File, or nothing if it cannot be read.
  const std::vector<llvm::StringRef> *lines(const std::string &File) {
    auto It = Files.find(File);
    if (It == Files.end()) {
      Entry E;
      if (auto Buffer = llvm::MemoryBuffer::getFile(File, /*IsText=*/true)) {
        E.Buffer = std::move(*Buffer);
        llvm::StringRef Rest = E.Buffer->getBuffer();
        while (!Rest.empty()) {
          auto [Line, Tail] = Rest.split('\n');
          E.Lines.push_back(Line.rtrim('\r'));
          Rest = Tail;
        }
      }
      It = Files.emplace(File, std::move(E)).first;
    }
    return It->second.Buffer ? &It->second.Lines : nullptr;
  }

private:
  struct Entry {
    std::unique_ptr<llvm::MemoryBuffer> Buffer;
    std::vector<llvm::StringRef> Lines;
  };
  std::map<std::string, Entry> Files;
};

/// A part of the source to mark: columns [Begin, End) of one line.
struct Mark {
  unsigned Line = 0;
  unsigned Begin = 0;
  unsigned End = 0;
  const char *Class = "";
};

/// A message shown under a line, as a callout.
struct Callout {
  unsigned Line = 0;
  const char *Class = "";
  std::string Label;
  std::string Text;
  /// An anchor to link to (the next step of the chain), if any.
  std::string Link;
  std::string LinkText;
};

/// The marks of \p Span: its columns on its first line, and whole lines
/// for the rest of a span over several lines.
void addMarks(std::vector<Mark> &Marks, const SourceSpan &Span,
              const char *Class) {
  if (!Span.valid())
    return;
  unsigned Last = std::max(Span.EndLine, Span.Line);
  for (unsigned L = Span.Line; L <= Last; ++L) {
    Mark M;
    M.Line = L;
    M.Class = Class;
    // A continuation line is marked from its first non-blank column.
    M.Begin = L == Span.Line ? std::max(Span.Column, 1u) : 0;
    M.End = L == Last && Span.EndColumn ? Span.EndColumn : ~0u;
    if (L == Span.Line && Last == Span.Line && M.End <= M.Begin)
      M.End = M.Begin + 1;
    Marks.push_back(M);
  }
}

/// One line of code with its marks (non-overlapping; the first given
/// wins), escaped.
std::string markedLine(llvm::StringRef Text, unsigned Line,
                       llvm::ArrayRef<Mark> Marks) {
  std::vector<Mark> Here;
  for (Mark M : Marks) {
    if (M.Line != Line)
      continue;
    if (M.Begin == 0)
      M.Begin = Text.find_first_not_of(" \t") == llvm::StringRef::npos
                    ? Text.size() + 1
                    : Text.find_first_not_of(" \t") + 1;
    if (M.Begin <= Text.size() + 1)
      Here.push_back(M);
  }
  std::stable_sort(Here.begin(), Here.end(), [](const Mark &A, const Mark &B) {
    return A.Begin < B.Begin;
  });
  std::string Out;
  unsigned Col = 1; // next column not yet written
  for (const Mark &M : Here) {
    if (M.Begin < Col)
      continue; // overlaps one already marked
    unsigned End = std::min<unsigned>(M.End, Text.size() + 1);
    Out += escape(Text.substr(Col - 1, M.Begin - Col));
    Out += "<mark class=\"";
    Out += M.Class;
    Out += "\">" + escape(Text.substr(M.Begin - 1, End - M.Begin)) + "</mark>";
    Col = std::max(End, M.Begin);
  }
  if (Col - 1 < Text.size())
    Out += escape(Text.substr(Col - 1));
  return Out;
}

/// What an excerpt shows.
struct Excerpt {
  std::string File;
  /// The lines that matter; context is added around each.
  std::set<unsigned> Focus;
  /// The held window, shaded (0 if none).
  unsigned WindowBegin = 0, WindowEnd = 0;
  /// Lines with a special role, as classes.
  std::map<unsigned, std::string> LineClass;
  std::vector<Mark> Marks;
  std::vector<Callout> Callouts;
  /// Whether a window up to MaxWholeLines is shown whole.
  bool WholeWindow = false;
};

void emitExcerpt(llvm::raw_ostream &OS, SourceFiles &Sources,
                 const Excerpt &E) {
  const std::vector<llvm::StringRef> *Lines = Sources.lines(E.File);
  if (!Lines || E.Focus.empty() || *E.Focus.begin() > Lines->size()) {
    OS << "<p class=\"unavailable\">source not available: "
       << escape(E.File) << "</p>\n";
    // The messages still say what happens where.
    if (!E.Callouts.empty()) {
      OS << "<ul class=\"callouts-only\">\n";
      for (const Callout &C : E.Callouts)
        OS << "<li class=\"callout " << C.Class << "\">line " << C.Line
           << ": " << escape(C.Text) << "</li>\n";
      OS << "</ul>\n";
    }
    return;
  }
  unsigned N = Lines->size();
  std::set<unsigned> Shown;
  auto ShowAround = [&](unsigned L) {
    unsigned Lo = L > Context ? L - Context : 1;
    unsigned Hi = std::min(N, L + Context);
    for (unsigned I = Lo; I <= Hi; ++I)
      Shown.insert(I);
  };
  for (unsigned L : E.Focus)
    ShowAround(std::min(L, N));
  if (E.WindowBegin && E.WindowEnd >= E.WindowBegin &&
      E.WindowEnd - E.WindowBegin < MaxWholeLines && E.WholeWindow)
    for (unsigned L = E.WindowBegin; L <= std::min(E.WindowEnd, N); ++L)
      Shown.insert(L);
  auto Held = [&](unsigned L) {
    return E.WindowBegin && L >= E.WindowBegin && L <= E.WindowEnd;
  };

  OS << "<div class=\"src\"><code>\n";
  unsigned Prev = 0;
  for (unsigned L : Shown) {
    if (Prev && L > Prev + 1) {
      unsigned Skipped = L - Prev - 1;
      OS << "<span class=\"gap" << (Held(Prev) && Held(L) ? " held" : "")
         << "\">\u22ef " << Skipped << " line" << (Skipped == 1 ? "" : "s")
         << " \u22ef</span>\n";
    }
    Prev = L;
    std::string Class = "line";
    if (Held(L))
      Class += " held";
    if (auto It = E.LineClass.find(L); It != E.LineClass.end())
      Class += " " + It->second;
    OS << "<span class=\"" << Class << "\" data-line=\"" << L
       << "\"><span class=\"ln\">" << L << "</span>"
       << markedLine((*Lines)[L - 1], L, E.Marks) << "</span>\n";
    for (const Callout &C : E.Callouts) {
      if (C.Line != L)
        continue;
      OS << "<span class=\"callout " << C.Class << (Held(L) ? " held" : "")
         << "\"><span class=\"ct\"><span class=\"label\">" << escape(C.Label)
         << "</span> " << escape(C.Text);
      if (!C.Link.empty())
        OS << " <a href=\"#" << C.Link << "\">" << escape(C.LinkText) << "</a>";
      OS << "</span></span>\n";
    }
  }
  OS << "</code></div>\n";
}

std::string shownPath(const std::string &File, const RunInfo &Run) {
  return relativePath(File, Run.SourceRoot).value_or(File);
}

std::string position(const SourceSpan &S, const RunInfo &Run) {
  return shownPath(S.File, Run) + ":" + std::to_string(S.Line) + ":" +
         std::to_string(S.Column);
}

const char *Style = R"CSS(
:root{--bg:#ffffff;--fg:#1f2328;--muted:#59636e;--border:#d1d9e0;--panel:#f6f8fa;
--held:#fff5d6;--held-edge:#d4a72c;--call:#ffd7d5;--call-fg:#82071e;--begin:#dafbe1;
--end:#ddf4ff;--step:#fbefff;--link:#0969da;--code:#1f2328;--mark-begin:#1a7f37;
--mark-end:#0969da;--mark-call:#cf222e;color-scheme:light}
:root[data-theme=dark]{--bg:#0d1117;--fg:#e6edf3;--muted:#9198a1;--border:#3d444d;
--panel:#151b23;--held:#2e2a1a;--held-edge:#bb8009;--call:#4b1818;--call-fg:#ffa198;
--begin:#12261e;--end:#0c2d4a;--step:#2a1a36;--link:#4493f8;--code:#e6edf3;
--mark-begin:#3fb950;--mark-end:#4493f8;--mark-call:#f85149;color-scheme:dark}
@media (prefers-color-scheme:dark){:root:not([data-theme=light]){--bg:#0d1117;
--fg:#e6edf3;--muted:#9198a1;--border:#3d444d;--panel:#151b23;--held:#2e2a1a;
--held-edge:#bb8009;--call:#4b1818;--call-fg:#ffa198;--begin:#12261e;--end:#0c2d4a;
--step:#2a1a36;--link:#4493f8;--code:#e6edf3;--mark-begin:#3fb950;--mark-end:#4493f8;
--mark-call:#f85149;color-scheme:dark}}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--fg);font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif}
a{color:var(--link)}
header,main,#summary{max-width:1200px;margin:0 auto;padding:0 16px}
header{padding-top:16px}
h1{font-size:22px;margin:0 0 4px}
h2{font-size:17px;margin:18px 0 8px}
h3{font-size:14px;margin:14px 0 6px}
.meta{color:var(--muted)}
table{border-collapse:collapse;width:100%}
th,td{text-align:left;padding:3px 8px;border-bottom:1px solid var(--border);vertical-align:top}
td.n{text-align:right;width:4em;font-variant-numeric:tabular-nums}
.tables{display:grid;grid-template-columns:1fr 1fr;gap:16px}
@media (max-width:800px){.tables{grid-template-columns:1fr}}
.toolbar{position:sticky;top:0;z-index:2;background:var(--bg);display:flex;flex-wrap:wrap;gap:8px;
align-items:center;padding:8px 0;border-bottom:1px solid var(--border)}
.toolbar input[type=search]{flex:1;min-width:220px;padding:5px 8px;border:1px solid var(--border);
border-radius:6px;background:var(--panel);color:var(--fg)}
button,select{padding:4px 10px;border:1px solid var(--border);border-radius:6px;background:var(--panel);color:var(--fg);cursor:pointer}
details.finding{border:1px solid var(--border);border-radius:8px;margin:10px 0;background:var(--bg)}
details.finding>summary{cursor:pointer;padding:8px 12px;background:var(--panel);border-radius:8px;list-style-position:outside}
details.finding[open]>summary{border-bottom:1px solid var(--border);border-radius:8px 8px 0 0}
.check{display:inline-block;font-size:12px;padding:0 6px;border-radius:10px;border:1px solid var(--border);color:var(--muted)}
.loc{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:12px;color:var(--muted)}
.fbody{padding:4px 12px 12px}
.message{font-weight:600;margin:8px 0}
.legend span{display:inline-block;margin-right:12px}
.sw{display:inline-block;width:12px;height:12px;border-radius:2px;vertical-align:-1px;margin-right:4px}
div.src{margin:0;overflow-x:auto;border:1px solid var(--border);border-radius:6px;background:var(--bg);tab-size:4}
div.src code{display:block;min-width:max-content;font:12.5px/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;color:var(--code)}
.line,.gap,.callout{display:block;padding-right:12px;border-left:4px solid transparent}
.line,.gap{white-space:pre}
.ln{display:inline-block;width:4.5em;padding-right:1em;text-align:right;color:var(--muted);user-select:none}
.line.held,.gap.held,.callout.held{background:var(--held);border-left-color:var(--held-edge)}
.line.scope-begin{background:var(--begin)}
.line.scope-end{background:var(--end)}
.line.call-line{background:var(--call)}
.gap{color:var(--muted);padding-left:4.5em;font-style:italic}
mark{background:transparent;color:inherit;border-radius:3px;padding:0 1px}
mark.call{outline:2px solid var(--mark-call);color:var(--call-fg);font-weight:700}
mark.begin{outline:2px solid var(--mark-begin)}
mark.end{outline:2px solid var(--mark-end)}
mark.step{outline:2px solid var(--mark-call)}
.callout{padding:2px 8px 2px 5.5em;font-family:system-ui,sans-serif;font-size:12.5px;white-space:normal}
.callout .ct{display:inline-block;max-width:100ch;vertical-align:top}
ul.callouts-only .callout{display:list-item;padding-left:0}
.callout .label{font-weight:700;font-size:11px;text-transform:uppercase;letter-spacing:.03em}
.callout.begin .label{color:var(--mark-begin)}
.callout.end .label{color:var(--mark-end)}
.callout.call .label,.callout.step .label{color:var(--mark-call)}
.callout.same .label{color:var(--muted)}
ol.chain{list-style:none;padding:0;margin:0}
ol.chain>li{margin:0 0 4px 0;padding-left:18px;border-left:2px dashed var(--mark-call);position:relative}
ol.chain>li:before{content:"\2193";position:absolute;left:-8px;top:0;color:var(--mark-call);background:var(--bg);font-weight:700}
.stephead{margin:8px 0 4px}
.stephead .file{font-family:ui-monospace,monospace;font-size:12px;color:var(--muted)}
.stephead .newfile{font-size:11px;border:1px solid var(--border);border-radius:10px;padding:0 6px;margin-left:6px;color:var(--muted)}
.unavailable{color:var(--muted);font-style:italic}
.steplinks{font-size:12px;margin:4px 0 10px}
ul.others{margin:4px 0}
#none{padding:24px 0;color:var(--muted)}
[hidden]{display:none!important}
)CSS";

const char *Script = R"JS(
(function(){
var root=document.documentElement,q=document.getElementById('search'),
count=document.getElementById('shown'),theme=document.getElementById('theme'),
items=[].slice.call(document.querySelectorAll('details.finding')),
boxes=[].slice.call(document.querySelectorAll('input.check-filter')),
fileSel=document.getElementById('file-filter');
function apply(){var t=q.value.trim().toLowerCase(),on={},n=0,f=fileSel.value;
boxes.forEach(function(b){on[b.value]=b.checked;});
items.forEach(function(d){var ok=on[d.getAttribute('data-check')]!==false&&
(!f||d.getAttribute('data-file')===f)&&(!t||d.getAttribute('data-search').indexOf(t)>=0);
d.hidden=!ok;if(ok)n++;});
count.textContent=n+' of '+items.length;}
q.addEventListener('input',apply);fileSel.addEventListener('change',apply);
boxes.forEach(function(b){b.addEventListener('change',apply);});
[].slice.call(document.querySelectorAll('a.only-file')).forEach(function(a){
a.addEventListener('click',function(e){e.preventDefault();fileSel.value=a.getAttribute('data-file');apply();
document.getElementById('findings').scrollIntoView();});});
document.getElementById('expand').addEventListener('click',function(){items.forEach(function(d){if(!d.hidden)d.open=true;});});
document.getElementById('collapse').addEventListener('click',function(){items.forEach(function(d){d.open=false;});});
theme.addEventListener('change',function(){if(theme.value==='auto')root.removeAttribute('data-theme');
else root.setAttribute('data-theme',theme.value);});
function reveal(){var id=decodeURIComponent(location.hash.slice(1));if(!id)return;
var el=document.getElementById(id);if(!el)return;var d=el.closest('details');
while(d){d.open=true;d.hidden=false;d=d.parentElement&&d.parentElement.closest('details');}
el.scrollIntoView();}
window.addEventListener('hashchange',reveal);
document.getElementById('toolbar').hidden=false;apply();reveal();
})();
)JS";

/// The first note of \p Role, if any.
const FindingNote *noteOf(const Finding &F, FindingNote::Kind Role) {
  for (const FindingNote &N : F.Notes)
    if (N.Role == Role && N.Where.valid())
      return &N;
  return nullptr;
}

/// Lower-case text the search box looks in.
std::string searchText(const Finding &F, const RunInfo &Run) {
  std::string S = F.CheckId + " " + shownPath(F.Where.File, Run) + " " +
                  F.Function + " " + F.Message;
  for (const FindingNote &N : F.Notes)
    S += " " + N.Message;
  return llvm::StringRef(S).lower();
}

void emitFinding(llvm::raw_ostream &OS, SourceFiles &Sources, const Finding &F,
                 size_t Index, const RunInfo &Run) {
  std::string Id = "f" + std::to_string(Index + 1);
  std::string File = shownPath(F.Where.File, Run);
  OS << "<details class=\"finding\" id=\"" << Id << "\" data-check=\""
     << escape(F.CheckId) << "\" data-file=\"" << escape(File)
     << "\" data-search=\"" << escape(searchText(F, Run)) << "\">\n"
     << "<summary><span class=\"check\">" << escape(F.CheckId)
     << "</span> <span class=\"loc\">" << escape(position(F.Where, Run))
     << "</span><br>" << escape(F.Message) << "</summary>\n"
     << "<div class=\"fbody\">\n";

  const FindingNote *Begin = noteOf(F, FindingNote::ScopeBegin);
  const FindingNote *End = noteOf(F, FindingNote::ScopeEnd);
  std::vector<const FindingNote *> Steps, Others;
  for (const FindingNote &N : F.Notes) {
    if (N.Role == FindingNote::CallStep)
      Steps.push_back(&N);
    else if (N.Role == FindingNote::SameCause)
      Others.push_back(&N);
  }

  // The function that holds the scope, with the window shaded.
  Excerpt Holder;
  Holder.File = F.Where.File;
  Holder.WholeWindow = true;
  Holder.Focus.insert(F.Where.Line);
  for (unsigned L = F.Where.Line; L <= F.Where.EndLine; ++L)
    Holder.LineClass[L] = "call-line";
  if (Begin && Begin->Where.File == F.Where.File) {
    Holder.Focus.insert(Begin->Where.Line);
    Holder.WindowBegin = Begin->Where.Line;
    Holder.WindowEnd = F.Where.Line;
    Holder.LineClass[Begin->Where.Line] = "scope-begin";
    addMarks(Holder.Marks, Begin->Where, "begin");
    Holder.Callouts.push_back({Begin->Where.Line, "begin", "begins",
                               Begin->Message, "", ""});
  }
  // The finding's call first: its mark wins over a scope's on one line.
  {
    std::vector<Mark> CallMarks;
    addMarks(CallMarks, F.Where, "call");
    Holder.Marks.insert(Holder.Marks.begin(), CallMarks.begin(),
                        CallMarks.end());
  }
  Callout AtCall{std::max(F.Where.EndLine, F.Where.Line), "call", "finding",
                 F.Message, "", ""};
  if (!Steps.empty()) {
    AtCall.Link = Id + "-s1";
    AtCall.LinkText = "follow the chain \u2193";
  }
  Holder.Callouts.push_back(AtCall);
  for (const FindingNote *N : Others)
    if (N->Where.File == F.Where.File) {
      Holder.Focus.insert(N->Where.Line);
      addMarks(Holder.Marks, N->Where, "step");
      Holder.Callouts.push_back({N->Where.Line, "same", "same cause",
                                 N->Message, "", ""});
    }
  if (End && End->Where.File == F.Where.File) {
    Holder.Focus.insert(End->Where.Line);
    if (Holder.WindowBegin)
      Holder.WindowEnd = std::max(F.Where.Line, End->Where.Line);
    if (!Holder.LineClass.count(End->Where.Line))
      Holder.LineClass[End->Where.Line] = "scope-end";
    addMarks(Holder.Marks, End->Where, "end");
    Holder.Callouts.push_back({End->Where.Line, "end", "ends", End->Message,
                               "", ""});
  }
  std::stable_sort(Holder.Callouts.begin(), Holder.Callouts.end(),
                   [](const Callout &A, const Callout &B) {
                     return A.Line < B.Line;
                   });

  OS << "<h3>In <code>" << escape(F.Function) << "</code> <span class=\"loc\">"
     << escape(File) << "</span></h3>\n";
  if (Holder.WindowBegin)
    OS << "<p class=\"window meta\" data-window-begin=\"" << Holder.WindowBegin
       << "\" data-window-end=\"" << Holder.WindowEnd << "\">Held from line "
       << Holder.WindowBegin << " to line " << Holder.WindowEnd << " ("
       << (Holder.WindowEnd - Holder.WindowBegin + 1) << " lines).</p>\n";
  // Notes in other files than the finding's (a scope begun by a caller).
  for (const FindingNote *N : {Begin, End})
    if (N && N->Where.File != F.Where.File)
      OS << "<p class=\"meta\">" << escape(N->Message) << " at "
         << escape(position(N->Where, Run)) << "</p>\n";
  emitExcerpt(OS, Sources, Holder);

  if (!Steps.empty()) {
    OS << "<h3>The chain down to the slow call</h3>\n<ol class=\"chain\">\n";
    std::string PrevFile = F.Where.File;
    for (size_t I = 0; I < Steps.size(); ++I) {
      const FindingNote &S = *Steps[I];
      std::string StepId = Id + "-s" + std::to_string(I + 1);
      OS << "<li class=\"step\" id=\"" << StepId << "\">\n"
         << "<div class=\"stephead\"><b>" << (I + 1) << ".</b> "
         << escape(S.Message) << " <span class=\"file\">"
         << escape(position(S.Where, Run)) << "</span>";
      if (S.Where.File != PrevFile)
        OS << "<span class=\"newfile\">another file</span>";
      OS << "</div>\n";
      PrevFile = S.Where.File;
      Excerpt E;
      E.File = S.Where.File;
      E.Focus.insert(S.Where.Line);
      if (S.Where.EndLine > S.Where.Line)
        E.Focus.insert(S.Where.EndLine);
      E.LineClass[S.Where.Line] = "call-line";
      addMarks(E.Marks, S.Where, "step");
      Callout C{std::max(S.Where.EndLine, S.Where.Line), "step",
                I + 1 == Steps.size() ? "slow call" : "step " + std::to_string(I + 1),
                S.Message, "", ""};
      if (I + 1 < Steps.size()) {
        C.Link = Id + "-s" + std::to_string(I + 2);
        C.LinkText = "next step \u2193";
      }
      E.Callouts.push_back(C);
      emitExcerpt(OS, Sources, E);
      OS << "<div class=\"steplinks\"><a href=\"#"
         << (I ? Id + "-s" + std::to_string(I) : Id) << "\">\u2191 "
         << (I ? "previous step" : "the finding") << "</a></div>\n</li>\n";
    }
    OS << "</ol>\n";
  }
  bool OtherFiles = false;
  for (const FindingNote *N : Others)
    OtherFiles |= N->Where.File != F.Where.File;
  if (OtherFiles) {
    OS << "<h3>Other calls with the same cause</h3>\n<ul class=\"others\">\n";
    for (const FindingNote *N : Others)
      OS << "<li>" << escape(N->Message) << " <span class=\"loc\">"
         << escape(position(N->Where, Run)) << "</span></li>\n";
    OS << "</ul>\n";
  }
  OS << "</div>\n</details>\n";
}

} // namespace

void emitHtml(llvm::raw_ostream &OS, llvm::ArrayRef<Finding> Findings,
              const RunInfo &Run) {
  std::map<std::string, size_t> ByCheck;
  std::map<std::string, std::pair<size_t, size_t>> ByFile; // count, first
  for (size_t I = 0; I < Findings.size(); ++I) {
    ++ByCheck[Findings[I].CheckId];
    auto [It, New] =
        ByFile.try_emplace(shownPath(Findings[I].Where.File, Run), 0, I);
    ++It->second.first;
  }
  std::map<std::string, const RuleDescriptor *> Rules;
  for (const RuleDescriptor &R : Run.Rules)
    Rules[R.Id] = &R;

  OS << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
     << "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src "
        "'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; "
        "img-src data:\">\n"
     << "<meta name=\"viewport\" content=\"width=device-width, "
        "initial-scale=1\">\n"
     << "<meta name=\"generator\" content=\"conncheck "
     << escape(Run.ToolVersion) << "\">\n"
     << "<link rel=\"icon\" href=\"data:,\">\n"
     << "<title>conncheck report: " << Findings.size() << " finding"
     << (Findings.size() == 1 ? "" : "s") << "</title>\n<style>" << Style
     << "</style>\n</head>\n<body>\n";

  OS << "<header>\n<h1>conncheck report</h1>\n<p class=\"meta\">"
     << Findings.size() << " finding" << (Findings.size() == 1 ? "" : "s")
     << " in " << ByFile.size() << " file" << (ByFile.size() == 1 ? "" : "s")
     << " \u00b7 conncheck " << escape(Run.ToolVersion) << " \u00b7 sources in <code>"
     << escape(Run.SourceRoot) << "</code></p>\n</header>\n";

  OS << "<section id=\"summary\">\n";
  if (!Run.Failures.empty()) {
    OS << "<h2>Not analysed</h2>\n<ul class=\"failures\">\n";
    for (const FailedUnit &U : Run.Failures)
      OS << "<li><span class=\"loc\">" << escape(shownPath(U.File, Run))
         << "</span>: " << escape(U.Reason) << "</li>\n";
    OS << "</ul>\n";
  }
  if (!Findings.empty()) {
    OS << "<div class=\"tables\">\n<div>\n<h2>By check</h2>\n<table "
          "id=\"by-check\">\n<tr><th>Show</th><th>Check</th><th>Findings</th></tr>\n";
    for (const auto &[Check, N] : ByCheck) {
      OS << "<tr><td><input type=\"checkbox\" class=\"check-filter\" "
            "checked value=\""
         << escape(Check) << "\" aria-label=\"show " << escape(Check)
         << "\"></td><td>";
      auto It = Rules.find(Check);
      if (It != Rules.end() && !It->second->HelpUri.empty())
        OS << "<a href=\"" << escape(It->second->HelpUri) << "\" title=\""
           << escape(It->second->Description) << "\">" << escape(Check)
           << "</a>";
      else
        OS << escape(Check);
      OS << "</td><td class=\"n\">" << N << "</td></tr>\n";
    }
    OS << "</table>\n</div>\n<div>\n<h2>By file</h2>\n<table id=\"by-file\">\n"
          "<tr><th>File</th><th>Findings</th></tr>\n";
    for (const auto &[File, CountFirst] : ByFile)
      OS << "<tr><td><a class=\"only-file\" data-file=\"" << escape(File)
         << "\" href=\"#f" << CountFirst.second + 1 << "\">" << escape(File)
         << "</a></td><td class=\"n\">" << CountFirst.first << "</td></tr>\n";
    OS << "</table>\n</div>\n</div>\n";
  }
  OS << "</section>\n";

  OS << "<main id=\"findings\">\n<h2>Findings</h2>\n";
  if (Findings.empty()) {
    OS << "<p id=\"none\">No findings.</p>\n";
  } else {
    OS << "<div class=\"toolbar\" id=\"toolbar\" hidden>\n"
       << "<input type=\"search\" id=\"search\" placeholder=\"Search "
          "messages, files, functions\" aria-label=\"search findings\">\n"
       << "<select id=\"file-filter\" aria-label=\"file\"><option "
          "value=\"\">all files</option>";
    for (const auto &[File, CountFirst] : ByFile)
      OS << "<option value=\"" << escape(File) << "\">" << escape(File)
         << "</option>";
    OS << "</select>\n<span id=\"shown\" class=\"meta\"></span>\n"
       << "<button type=\"button\" id=\"expand\">Expand all</button>\n"
       << "<button type=\"button\" id=\"collapse\">Collapse all</button>\n"
       << "<select id=\"theme\" aria-label=\"theme\"><option "
          "value=\"auto\">Theme: system</option><option "
          "value=\"light\">Light</option><option "
          "value=\"dark\">Dark</option></select>\n</div>\n";
    OS << "<p class=\"legend meta\"><span><span class=\"sw\" "
          "style=\"background:var(--held);border:1px solid "
          "var(--held-edge)\"></span>held window</span><span><span "
          "class=\"sw\" style=\"background:var(--begin)\"></span>scope "
          "begins</span><span><span class=\"sw\" "
          "style=\"background:var(--call)\"></span>call that reaches the slow "
          "call</span><span><span class=\"sw\" "
          "style=\"background:var(--end)\"></span>scope ends</span></p>\n";
  }
  SourceFiles Sources;
  for (size_t I = 0; I < Findings.size(); ++I)
    emitFinding(OS, Sources, Findings[I], I, Run);
  OS << "</main>\n";
  if (!Findings.empty())
    OS << "<script>" << Script << "</script>\n";
  OS << "</body>\n</html>\n";
}

} // namespace conncheck
