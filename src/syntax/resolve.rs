//! Name resolution: decides for every name whether it is a frame slot, a closure cell, a global or a class
//! attribute, and computes each frame's layout, so the evaluator never looks names up by string on the hot path.
//!
//! Three walks over the same tree in the same order: (1) collect each scope's bindings and declarations,
//! (2) resolve every reference and mark variables captured across frames as cells, (3) assign slots and
//! write them into the AST.

use super::ast::*;
use super::span::Span;
use super::validate::SyntaxError;
// FxHash: the keys are the program's own names, and resolving the embedded stdlib is part of start-up.
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::rc::Rc;

/// The module's global names, shared by every compilation unit run in one session (REPL inputs included).
#[derive(Debug, Default, Clone)]
pub struct GlobalNames {
    pub names: Vec<Rc<str>>,
    index: HashMap<Rc<str>, u32>,
}

impl GlobalNames {
    pub fn slot(&mut self, name: &Rc<str>) -> u32 {
        if let Some(&i) = self.index.get(name) {
            return i;
        }
        let i = self.names.len() as u32;
        self.names.push(name.clone());
        self.index.insert(name.clone(), i);
        i
    }
    pub fn get(&self, name: &str) -> Option<u32> {
        self.index.get(name).copied()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Module,
    Function,
    Class,
    Comprehension,
}

#[derive(Debug)]
struct Scope {
    kind: Kind,
    parent: Option<usize>,
    /// The scope whose frame holds this scope's variables (comprehensions share their parent's frame).
    frame: usize,
    bound: Vec<Rc<str>>,
    bound_set: HashSet<Rc<str>>,
    globals: HashSet<Rc<str>>,
    nonlocals: HashSet<Rc<str>>,
    /// Variables of this scope captured by another frame.
    cells: HashSet<Rc<str>>,
    /// For frame scopes: captured variables that come from an enclosing frame, as (binder scope, name).
    frees: Vec<(usize, Rc<str>)>,
    /// For frame scopes, filled in walk 3: slot tables keyed by (binder scope, name).
    locals: HashMap<(usize, Rc<str>), u32>,
    cell_slots: HashMap<(usize, Rc<str>), u32>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Phase {
    Collect,
    Capture,
    Assign,
}

enum Binding {
    Global,
    ClassBody,
    Binder(usize),
}

struct Resolver<'g> {
    scopes: Vec<Scope>,
    phase: Phase,
    cur: usize,
    counter: usize,
    globals: &'g mut GlobalNames,
    errors: Vec<SyntaxError>,
}

/// Resolve every name in `module`, adding its globals to `globals`.
pub fn resolve_module(
    module: &mut Module,
    globals: &mut GlobalNames,
) -> Result<(), Vec<SyntaxError>> {
    let mut r = Resolver {
        scopes: Vec::new(),
        phase: Phase::Collect,
        cur: 0,
        counter: 0,
        globals,
        errors: Vec::new(),
    };
    for phase in [Phase::Collect, Phase::Capture, Phase::Assign] {
        r.phase = phase;
        r.counter = 0;
        r.enter(Kind::Module);
        if phase == Phase::Assign {
            module.layout = r.layout(0, None);
        }
        r.stmts(&mut module.body);
        r.leave();
        if !r.errors.is_empty() {
            return Err(std::mem::take(&mut r.errors));
        }
    }
    Ok(())
}

impl<'g> Resolver<'g> {
    fn enter(&mut self, kind: Kind) -> usize {
        let id = self.counter;
        self.counter += 1;
        if self.phase == Phase::Collect {
            let parent = if id == 0 { None } else { Some(self.cur) };
            let frame = match (kind, parent) {
                (Kind::Comprehension, Some(p)) => self.scopes[p].frame,
                _ => id,
            };
            self.scopes.push(Scope {
                kind,
                parent,
                frame,
                bound: Vec::new(),
                bound_set: HashSet::default(),
                globals: HashSet::default(),
                nonlocals: HashSet::default(),
                cells: HashSet::default(),
                frees: Vec::new(),
                locals: HashMap::default(),
                cell_slots: HashMap::default(),
            });
        }
        self.cur = id;
        id
    }

    fn leave(&mut self) {
        if let Some(p) = self.scopes[self.cur].parent {
            self.cur = p;
        }
    }

    fn bind(&mut self, name: &Rc<str>) {
        let s = &mut self.scopes[self.cur];
        if s.bound_set.insert(name.clone()) {
            s.bound.push(name.clone());
        }
    }

    fn lookup(&self, scope: usize, name: &Rc<str>) -> Binding {
        let s = &self.scopes[scope];
        if s.globals.contains(name) {
            return Binding::Global;
        }
        match s.kind {
            Kind::Module => return Binding::Global,
            Kind::Class if s.bound_set.contains(name) => return Binding::ClassBody,
            Kind::Function | Kind::Comprehension
                if s.bound_set.contains(name) && !s.nonlocals.contains(name) =>
            {
                return Binding::Binder(scope)
            }
            _ => {}
        }
        let mut up = s.parent;
        while let Some(a) = up {
            let sa = &self.scopes[a];
            match sa.kind {
                Kind::Module => return Binding::Global,
                Kind::Class => {}
                _ => {
                    if sa.globals.contains(name) {
                        return Binding::Global;
                    }
                    if sa.bound_set.contains(name) && !sa.nonlocals.contains(name) {
                        return Binding::Binder(a);
                    }
                }
            }
            up = sa.parent;
        }
        Binding::Global
    }

    /// Record or write the storage of one name occurrence.
    fn name(&mut self, n: &mut Name, store: bool, span: Span) {
        match self.phase {
            Phase::Collect => {
                if store {
                    self.bind(&n.id);
                }
            }
            Phase::Capture => {
                if let Binding::Binder(b) = self.lookup(self.cur, &n.id) {
                    let here = self.scopes[self.cur].frame;
                    let there = self.scopes[b].frame;
                    if here != there {
                        self.scopes[b].cells.insert(n.id.clone());
                        // Every frame from here up to (not including) the binder's frame passes the cell down.
                        let mut f = here;
                        while f != there {
                            let key = (b, n.id.clone());
                            if !self.scopes[f].frees.contains(&key) {
                                self.scopes[f].frees.push(key);
                            }
                            match self.scopes[f].parent {
                                Some(p) => f = self.scopes[p].frame,
                                None => break,
                            }
                        }
                    }
                }
            }
            Phase::Assign => {
                n.at = match self.lookup(self.cur, &n.id) {
                    Binding::Global => NameRef::Global(self.globals.slot(&n.id)),
                    Binding::ClassBody => NameRef::ClassBody(self.globals.slot(&n.id)),
                    Binding::Binder(b) => {
                        let frame = &self.scopes[self.scopes[self.cur].frame];
                        let key = (b, n.id.clone());
                        if let Some(&c) = frame.cell_slots.get(&key) {
                            NameRef::Cell(c)
                        } else if let Some(&l) = frame.locals.get(&key) {
                            NameRef::Local(l)
                        } else {
                            self.errors.push(SyntaxError::new(
                                format!("internal error: unresolved name '{}'", n.id),
                                span,
                            ));
                            NameRef::Unresolved
                        }
                    }
                };
            }
        }
    }

    /// Walk 3, on entering a frame scope: allocate its local and cell slots; returns the layout.
    fn layout(&mut self, frame: usize, params: Option<&Params>) -> FrameLayout {
        let mut layout = FrameLayout::default();
        let members: Vec<usize> = (0..self.scopes.len())
            .filter(|&i| self.scopes[i].frame == frame)
            .collect();
        let mut locals = HashMap::default();
        let mut cells = HashMap::default();
        let mut local_names: Vec<Rc<str>> = Vec::new();
        let mut cell_names: Vec<Rc<str>> = Vec::new();
        for &sid in &members {
            let s = &self.scopes[sid];
            if matches!(s.kind, Kind::Module | Kind::Class) {
                continue;
            }
            for nm in &s.bound {
                if s.globals.contains(nm) || s.nonlocals.contains(nm) {
                    continue;
                }
                let key = (sid, nm.clone());
                if s.cells.contains(nm) {
                    cells.insert(key, layout.n_cells);
                    layout.n_cells += 1;
                    cell_names.push(nm.clone());
                } else {
                    locals.insert(key, layout.n_locals);
                    layout.n_locals += 1;
                    local_names.push(nm.clone());
                }
            }
        }
        let frees = self.scopes[frame].frees.clone();
        let parent_frame = self.scopes[frame].parent.map(|p| self.scopes[p].frame);
        for (i, key) in frees.iter().enumerate() {
            cells.insert(key.clone(), layout.n_cells + i as u32);
            cell_names.push(key.1.clone());
            let from = parent_frame
                .and_then(|pf| self.scopes[pf].cell_slots.get(key).copied())
                .unwrap_or(0);
            layout.free_from_parent.push(from);
        }
        if let Some(ps) = params {
            let names = ps
                .positional
                .iter()
                .map(|p| &p.name)
                .chain(ps.varargs.iter())
                .chain(ps.kwonly.iter().map(|p| &p.name))
                .chain(ps.varkw.iter());
            for nm in names {
                let key = (frame, nm.clone());
                let r = match (cells.get(&key), locals.get(&key)) {
                    (Some(&c), _) => NameRef::Cell(c),
                    (None, Some(&l)) => NameRef::Local(l),
                    _ => NameRef::Unresolved,
                };
                layout.param_slots.push(r);
            }
        }
        self.scopes[frame].locals = locals;
        self.scopes[frame].cell_slots = cells;
        layout.local_names = Rc::from(local_names);
        layout.cell_names = Rc::from(cell_names);
        layout
    }

    fn stmts(&mut self, body: &mut [Stmt]) {
        for s in body {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &mut Stmt) {
        let span = s.span;
        match &mut s.kind {
            StmtKind::Expr(e) => self.expr(e),
            StmtKind::Assign(targets, value) => {
                self.expr(value);
                for t in targets {
                    self.target(t);
                }
            }
            StmtKind::AugAssign(t, _, v) => {
                self.expr(v);
                self.target(t);
            }
            StmtKind::AnnAssign(t, ann, v) => {
                let _ = ann;
                if let Some(v) = v {
                    self.expr(v);
                }
                self.target(t);
            }
            StmtKind::Del(ts) => {
                for t in ts {
                    self.target(t);
                }
            }
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue | StmtKind::Error => {}
            StmtKind::Return(v) => {
                if let Some(v) = v {
                    self.expr(v);
                }
            }
            StmtKind::Raise(a, b) => {
                if let Some(a) = a {
                    self.expr(a);
                }
                if let Some(b) = b {
                    self.expr(b);
                }
            }
            StmtKind::Global(names) => {
                if self.phase == Phase::Collect {
                    for n in names.iter() {
                        self.scopes[self.cur].globals.insert(n.clone());
                    }
                }
            }
            StmtKind::Nonlocal(names) => {
                if self.phase == Phase::Collect {
                    if self.scopes[self.cur].kind != Kind::Function {
                        self.errors.push(SyntaxError::new(
                            "nonlocal declaration not allowed at module level",
                            span,
                        ));
                    }
                    for n in names.iter() {
                        self.scopes[self.cur].nonlocals.insert(n.clone());
                    }
                } else if self.phase == Phase::Capture {
                    for n in names.iter() {
                        let mut found = false;
                        let mut up = self.scopes[self.cur].parent;
                        while let Some(a) = up {
                            let sa = &self.scopes[a];
                            if sa.kind == Kind::Function
                                && sa.bound_set.contains(n)
                                && !sa.nonlocals.contains(n)
                            {
                                found = true;
                                break;
                            }
                            up = sa.parent;
                        }
                        if !found {
                            self.errors.push(SyntaxError::new(
                                format!("no binding for nonlocal '{n}' found"),
                                span,
                            ));
                        }
                    }
                }
            }
            StmtKind::Assert(a, b) => {
                self.expr(a);
                if let Some(b) = b {
                    self.expr(b);
                }
            }
            StmtKind::If(c, a, b) | StmtKind::While(c, a, b) => {
                self.expr(c);
                self.stmts(a);
                self.stmts(b);
            }
            StmtKind::For(t, it, body, orelse) => {
                self.expr(it);
                self.target(t);
                self.stmts(body);
                self.stmts(orelse);
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finally,
            } => {
                self.stmts(body);
                for h in handlers {
                    if let Some(k) = &mut h.kind {
                        self.expr(k);
                    }
                    if let Some(n) = &mut h.name {
                        self.name(n, true, h.span);
                    }
                    self.stmts(&mut h.body);
                }
                self.stmts(orelse);
                self.stmts(finally);
            }
            StmtKind::With(items, body) => {
                for (ctx, var) in items {
                    self.expr(ctx);
                    if let Some(v) = var {
                        self.target(v);
                    }
                }
                self.stmts(body);
            }
            StmtKind::FunctionDef {
                def,
                decorators,
                target,
            } => {
                for d in decorators {
                    self.expr(d);
                }
                self.function(def);
                self.name(target, true, span);
            }
            StmtKind::ClassDef {
                def,
                decorators,
                target,
            } => {
                for d in decorators {
                    self.expr(d);
                }
                if let Some(cd) = Rc::get_mut(def) {
                    for b in &mut cd.bases {
                        self.arg(b);
                    }
                    let id = self.enter(Kind::Class);
                    if self.phase == Phase::Assign {
                        cd.layout = self.layout(id, None);
                    }
                    self.stmts(&mut cd.body);
                    self.leave();
                }
                self.name(target, true, span);
            }
            StmtKind::Import(names) => {
                for n in names {
                    match &mut n.alias {
                        Some(a) => self.name(a, true, n.span),
                        None => self.name(&mut n.bind, true, n.span),
                    }
                }
            }
            StmtKind::ImportFrom { names, .. } => {
                for (_, n) in names {
                    self.name(n, true, span);
                }
            }
        }
    }

    fn function(&mut self, def: &mut Rc<FuncDef>) {
        let Some(fd) = Rc::get_mut(def) else { return };
        for p in fd
            .params
            .positional
            .iter_mut()
            .chain(fd.params.kwonly.iter_mut())
        {
            if let Some(d) = &mut p.default {
                self.expr(d);
            }
        }
        let id = self.enter(Kind::Function);
        if self.phase == Phase::Collect {
            let ps = &fd.params;
            let names: Vec<Rc<str>> = ps
                .positional
                .iter()
                .map(|p| p.name.clone())
                .chain(ps.varargs.iter().cloned())
                .chain(ps.kwonly.iter().map(|p| p.name.clone()))
                .chain(ps.varkw.iter().cloned())
                .collect();
            for n in &names {
                self.bind(n);
            }
        }
        // Collect walks the body first so declarations are known; layout needs walk 2's captures.
        if self.phase == Phase::Assign {
            fd.layout = self.layout(id, Some(&fd.params));
        }
        self.stmts(&mut fd.body);
        if self.phase == Phase::Collect {
            let s = &self.scopes[id];
            for g in &s.globals {
                if s.nonlocals.contains(g) {
                    self.errors.push(SyntaxError::new(
                        format!("name '{g}' is nonlocal and global"),
                        fd.span,
                    ));
                }
            }
        }
        self.leave();
    }

    fn target(&mut self, t: &mut Expr) {
        let span = t.span;
        match &mut t.kind {
            ExprKind::Name(n) => self.name(n, true, span),
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                for i in items {
                    self.target(i);
                }
            }
            ExprKind::Starred(inner) => self.target(inner),
            _ => self.expr(t),
        }
    }

    fn arg(&mut self, a: &mut Arg) {
        match a {
            Arg::Pos(e) | Arg::Star(e) | Arg::Kw(_, e) | Arg::StarStar(e) => self.expr(e),
        }
    }

    fn comprehension(&mut self, gens: &mut [Comprehension], elts: &mut [&mut Expr]) {
        // The first iterable is evaluated in the enclosing scope.
        if let Some(first) = gens.first_mut() {
            self.expr(&mut first.iter);
        }
        self.enter(Kind::Comprehension);
        for (i, g) in gens.iter_mut().enumerate() {
            if i > 0 {
                self.expr(&mut g.iter);
            }
            self.target(&mut g.target);
            for c in &mut g.conds {
                self.expr(c);
            }
        }
        for e in elts {
            self.expr(e);
        }
        self.leave();
    }

    fn expr(&mut self, e: &mut Expr) {
        let span = e.span;
        match &mut e.kind {
            ExprKind::Int(_)
            | ExprKind::Float(_)
            | ExprKind::Imag(_)
            | ExprKind::Str(_)
            | ExprKind::Bytes(_)
            | ExprKind::Bool(_)
            | ExprKind::None
            | ExprKind::Ellipsis
            | ExprKind::Error => {}
            ExprKind::FString(parts) => self.fparts(parts),
            ExprKind::Name(n) => self.name(n, false, span),
            ExprKind::List(items) | ExprKind::Tuple(items) | ExprKind::Set(items) => {
                for i in items {
                    self.expr(i);
                }
            }
            ExprKind::Dict(items) => {
                for (k, v) in items {
                    if let Some(k) = k {
                        self.expr(k);
                    }
                    self.expr(v);
                }
            }
            ExprKind::Starred(inner)
            | ExprKind::Unary(_, inner)
            | ExprKind::Attribute(inner, _) => self.expr(inner),
            ExprKind::Subscript(a, b)
            | ExprKind::Binary(_, a, b)
            | ExprKind::And(a, b)
            | ExprKind::Or(a, b) => {
                self.expr(a);
                self.expr(b);
            }
            ExprKind::Slice(a, b, c) => {
                for x in [a, b, c].into_iter().flatten() {
                    self.expr(x);
                }
            }
            ExprKind::Call(f, args) => {
                self.expr(f);
                for a in args {
                    self.arg(a);
                }
            }
            ExprKind::Compare(first, rest) => {
                self.expr(first);
                for (_, r) in rest {
                    self.expr(r);
                }
            }
            ExprKind::IfExp(c, a, b) => {
                self.expr(c);
                self.expr(a);
                self.expr(b);
            }
            ExprKind::Lambda(def) => self.function(def),
            ExprKind::ListComp(elt, gens)
            | ExprKind::SetComp(elt, gens)
            | ExprKind::GenExp(elt, gens) => self.comprehension(gens, &mut [elt.as_mut()]),
            ExprKind::DictComp(k, v, gens) => {
                self.comprehension(gens, &mut [k.as_mut(), v.as_mut()])
            }
        }
    }

    fn fparts(&mut self, parts: &mut [FPart]) {
        for p in parts {
            if let FPart::Field { value, spec, .. } = p {
                self.expr(value);
                if let Some(s) = spec {
                    self.fparts(s);
                }
            }
        }
    }
}
