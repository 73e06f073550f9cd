//! Statement execution and expression evaluation over the resolved AST.

use super::exceptions::{Exc, ExcType, Payload, TraceEntry};
use super::value::*;
use super::Interp;
use crate::syntax::ast::*;
use crate::syntax::span::{SourceFile, Span};
use num_bigint::BigInt;
use std::cell::RefCell;
use std::rc::Rc;

/// One activation: local slots, closure cells, and the module globals it runs against.
pub struct Frame {
    pub locals: Vec<Option<Value>>,
    pub cells: Vec<Rc<RefCell<Option<Value>>>>,
    pub globals: Rc<Globals>,
    pub source: Rc<SourceFile>,
    /// Inside a class body: the namespace being built.
    pub class_ns: Option<Rc<RefCell<Attrs>>>,
    pub func_name: Rc<str>,
    pub local_names: Rc<[Rc<str>]>,
    pub cell_names: Rc<[Rc<str>]>,
    /// The exception being handled (for bare `raise`).
    pub handling: Option<Box<Exc>>,
    /// Span of the statement executing now (for tracebacks).
    pub stmt_span: Span,
    /// For methods: the class they were defined in and their first argument (zero-argument `super()`).
    pub def_class: Option<Rc<Class>>,
    pub first_arg: Option<Value>,
    /// Interactive input: expression statements in this frame's own code print their repr (CPython's 'single' mode).
    pub echo: bool,
}

impl Frame {
    pub fn new(
        globals: Rc<Globals>,
        source: Rc<SourceFile>,
        layout: &FrameLayout,
        func_name: Rc<str>,
    ) -> Frame {
        Frame {
            locals: vec![None; layout.n_locals as usize],
            cells: (0..layout.n_cells)
                .map(|_| Rc::new(RefCell::new(None)))
                .collect(),
            globals,
            source,
            class_ns: None,
            func_name,
            local_names: layout.local_names.clone(),
            cell_names: layout.cell_names.clone(),
            handling: None,
            stmt_span: Span::default(),
            def_class: None,
            first_arg: None,
            echo: false,
        }
    }
}

pub enum Flow {
    Normal,
    Break,
    Continue,
    Return(Value),
}

/// Attach the span of the failing expression, keeping the innermost one.
fn at<T>(r: Res<T>, span: Span) -> Res<T> {
    r.map_err(|mut e| {
        if e.span.is_none() {
            e.span = Some(span);
        }
        e
    })
}

impl Interp {
    pub fn exec_block(&mut self, f: &mut Frame, body: &[Stmt]) -> Res<Flow> {
        for s in body {
            match self.exec(f, s)? {
                Flow::Normal => {}
                other => return Ok(other),
            }
        }
        Ok(Flow::Normal)
    }

    /// Run a module-level body; with `echo` (the REPL), expression statements print their repr.
    pub fn exec_module_body(&mut self, f: &mut Frame, body: &[Stmt], echo: bool) -> Res<()> {
        f.echo = echo;
        for s in body {
            if let Err(e) = self.exec(f, s) {
                return Err(self.unwind(e, f));
            }
        }
        Ok(())
    }

    /// The REPL's echo of an expression statement's value (`None` prints nothing; `_` keeps the value).
    pub fn echo_value(&mut self, v: Value) -> Res<()> {
        if matches!(v, Value::None) {
            return Ok(());
        }
        let text = match self.echo_display {
            Some(display) => {
                self.display_width = display.width;
                let text = self.repr(&v);
                self.display_width = None;
                let text = text?;
                if let Some(header) = (display.header)(self, &v, &text) {
                    self.write_out(&header)?;
                    self.write_out("\n")?;
                }
                text
            }
            None => self.repr(&v)?,
        };
        self.write_out(&text)?;
        self.write_out("\n")?;
        self.builtins.insert(Rc::from("_"), v);
        Ok(())
    }

    /// Record the frame in the traceback as the error leaves it.
    pub fn unwind(&mut self, mut e: Box<Exc>, f: &Frame) -> Box<Exc> {
        let span = e.span.take().unwrap_or(f.stmt_span);
        e.traceback.push(TraceEntry {
            func: f.func_name.clone(),
            source: f.source.clone(),
            span,
        });
        e
    }

    fn exec(&mut self, f: &mut Frame, s: &Stmt) -> Res<Flow> {
        // Ctrl-C in a long kernel unwinds out of it (`tensor::cancel`). It becomes KeyboardInterrupt here, at the
        // innermost statement, so tracebacks and `except KeyboardInterrupt` work as for any exception; between
        // the statement and the kernel only library code runs, which keeps no state across calls.
        let r = match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            self.exec_inner(f, s)
        })) {
            Ok(r) => r,
            Err(payload) if crate::tensor::cancel::is_interrupted(&*payload) => {
                self.clear_interrupt();
                Err(Exc::with_args(ExcType::KeyboardInterrupt, vec![]))
            }
            Err(payload) => std::panic::resume_unwind(payload),
        };
        // What the statement did outside any expression (`a /= b`) warns at the statement.
        if self.warnings.has_pending() {
            self.flush_warnings(f, s.span);
        }
        r
    }

    fn exec_inner(&mut self, f: &mut Frame, s: &Stmt) -> Res<Flow> {
        f.stmt_span = s.span;
        match &s.kind {
            StmtKind::Expr(e) => {
                let v = self.eval(f, e)?;
                if f.echo {
                    self.echo_value(v)?;
                }
            }
            StmtKind::Assign(targets, value) => {
                let v = self.eval(f, value)?;
                for t in targets {
                    self.assign(f, t, v.clone())?;
                }
            }
            StmtKind::AugAssign(target, op, value) => self.aug_assign(f, target, *op, value)?,
            StmtKind::AnnAssign(target, _, value) => {
                if let Some(v) = value {
                    let v = self.eval(f, v)?;
                    self.assign(f, target, v)?;
                }
            }
            StmtKind::Del(targets) => {
                for t in targets {
                    self.delete(f, t)?;
                }
            }
            StmtKind::Pass | StmtKind::Global(_) | StmtKind::Nonlocal(_) => {}
            StmtKind::Break => return Ok(Flow::Break),
            StmtKind::Continue => return Ok(Flow::Continue),
            StmtKind::Return(v) => {
                let v = match v {
                    Some(e) => self.eval(f, e)?,
                    None => Value::None,
                };
                return Ok(Flow::Return(v));
            }
            StmtKind::Raise(exc, cause) => {
                return Err(self.raise(f, exc.as_ref(), cause.as_ref(), s.span)?)
            }
            StmtKind::Assert(test, msg) => {
                let t = self.eval(f, test)?;
                if !self.truthy(&t)? {
                    let args = match msg {
                        Some(m) => vec![self.eval(f, m)?],
                        None => vec![],
                    };
                    let mut e = Exc::with_args(ExcType::AssertionError, args);
                    e.span = Some(test.span);
                    return Err(e);
                }
            }
            StmtKind::If(cond, body, orelse) => {
                let c = self.eval(f, cond)?;
                return if self.truthy(&c)? {
                    self.exec_block(f, body)
                } else {
                    self.exec_block(f, orelse)
                };
            }
            StmtKind::While(cond, body, orelse) => loop {
                let c = self.eval(f, cond)?;
                if !self.truthy(&c)? {
                    return self.exec_block(f, orelse);
                }
                self.check_interrupt()?;
                match self.exec_block(f, body)? {
                    Flow::Break => break,
                    Flow::Return(v) => return Ok(Flow::Return(v)),
                    Flow::Normal | Flow::Continue => {}
                }
            },
            StmtKind::For(target, iter, body, orelse) => {
                return self.exec_for(f, target, iter, body, orelse)
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finally,
            } => return self.exec_try(f, body, handlers, orelse, finally),
            StmtKind::With(items, body) => return self.exec_with(f, items, body),
            StmtKind::FunctionDef {
                def,
                decorators,
                target,
            } => {
                let mut decs = Vec::new();
                for d in decorators {
                    decs.push(self.eval(f, d)?);
                }
                let mut v = self.make_function(f, def)?;
                for d in decs.into_iter().rev() {
                    v = self.call(&d, vec![v], vec![])?;
                }
                self.store_name(f, target, v)?;
            }
            StmtKind::ClassDef {
                def,
                decorators,
                target,
            } => {
                let mut decs = Vec::new();
                for d in decorators {
                    decs.push(self.eval(f, d)?);
                }
                let mut v = self.make_class(f, def)?;
                for d in decs.into_iter().rev() {
                    v = self.call(&d, vec![v], vec![])?;
                }
                self.store_name(f, target, v)?;
            }
            StmtKind::Import(names) => {
                for n in names {
                    let m = at(self.import(&n.module), n.span)?;
                    match &n.alias {
                        // `import a.b as c` binds the submodule itself, which importing `a.b` returned.
                        Some(a) => self.store_name(f, a, m)?,
                        None => {
                            let top = n.module.split('.').next().unwrap_or(&n.module).to_string();
                            let v = if top.len() == n.module.len() {
                                m
                            } else {
                                self.import(&top)?
                            };
                            self.store_name(f, &n.bind, v)?
                        }
                    }
                }
            }
            StmtKind::ImportFrom { module, names } => {
                let m = at(self.import(module), s.span)?;
                if names.is_empty() {
                    if let Value::Module(md) = &m {
                        for (k, v) in md.globals.items() {
                            if !k.starts_with('_') {
                                f.globals.set(&k, v);
                            }
                        }
                    }
                }
                for (src, dst) in names {
                    let v = match self.getattr(&m, src) {
                        Ok(v) => v,
                        Err(_) => {
                            // A submodule (`from numpy import linalg`) imports by its dotted name.
                            let full = format!("{module}.{src}");
                            match self.import(&full) {
                                Ok(v) => v,
                                Err(_) => {
                                    let mut e = Exc::new(
                                        ExcType::ImportError,
                                        format!("cannot import name '{src}' from '{module}'"),
                                    );
                                    e.span = Some(s.span);
                                    return Err(e);
                                }
                            }
                        }
                    };
                    self.store_name(f, dst, v)?;
                }
            }
            StmtKind::Error => {
                return Err(Exc::new(ExcType::SyntaxError, "invalid syntax"));
            }
        }
        Ok(Flow::Normal)
    }

    fn raise(
        &mut self,
        f: &mut Frame,
        exc: Option<&Expr>,
        cause: Option<&Expr>,
        span: Span,
    ) -> Res<Box<Exc>> {
        let Some(exc) = exc else {
            return match &f.handling {
                Some(e) => {
                    let mut e = e.clone();
                    e.span = None;
                    Ok(e)
                }
                None => {
                    let mut e = Exc::new(ExcType::RuntimeError, "No active exception to reraise");
                    e.span = Some(span);
                    Ok(e)
                }
            };
        };
        let v = self.eval(f, exc)?;
        let mut e = self.exception_from_value(v).map_err(|mut e| {
            e.span = Some(exc.span);
            e
        })?;
        if let Some(c) = cause {
            let cv = self.eval(f, c)?;
            if !matches!(cv, Value::None) {
                e.cause = Some(self.exception_from_value(cv)?);
            }
        } else if let Some(h) = &f.handling {
            e.cause = Some(h.clone());
        }
        e.span = Some(exc.span);
        Ok(e)
    }

    /// `raise X`: X may be an exception class (instantiated with no arguments) or an instance.
    pub fn exception_from_value(&mut self, v: Value) -> Res<Box<Exc>> {
        match &v {
            Value::Class(c) if c.is_exception => {
                let inst = self.call(&v, vec![], vec![])?;
                Ok(Exc::object(inst))
            }
            Value::Instance(i) if i.class.is_exception => Ok(Exc::object(v)),
            _ => Err(Exc::new(
                ExcType::TypeError,
                "exceptions must derive from BaseException",
            )),
        }
    }

    /// The exception object of a raised error, creating it for builtin payloads.
    pub fn exc_object(&mut self, e: &mut Exc) -> Value {
        match &e.payload {
            Payload::Object(v) => v.clone(),
            Payload::Builtin(t, args) => {
                let class = self.exc_class(*t);
                let inst = Value::Instance(Rc::new(Instance {
                    class,
                    dict: RefCell::new(Attrs::default()),
                }));
                if let Value::Instance(i) = &inst {
                    i.dict
                        .borrow_mut()
                        .insert(Rc::from("args"), Value::tuple(args.clone()));
                }
                e.payload = Payload::Object(inst.clone());
                inst
            }
        }
    }

    pub fn exc_matches(&mut self, e: &Exc, kind: &Value) -> Res<bool> {
        let class = match &e.payload {
            Payload::Builtin(t, _) => self.exc_class(*t),
            Payload::Object(v) => self.class_of(v),
        };
        match kind {
            Value::Class(c) => {
                if !c.is_exception {
                    return Err(Exc::new(
                        ExcType::TypeError,
                        "catching classes that do not inherit from BaseException is not allowed",
                    ));
                }
                Ok(class.is_subclass_of(c))
            }
            Value::Tuple(items) => {
                for k in items.iter() {
                    if self.exc_matches(e, k)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => Err(Exc::new(
                ExcType::TypeError,
                "catching classes that do not inherit from BaseException is not allowed",
            )),
        }
    }

    fn exec_try(
        &mut self,
        f: &mut Frame,
        body: &[Stmt],
        handlers: &[Handler],
        orelse: &[Stmt],
        finally: &[Stmt],
    ) -> Res<Flow> {
        let mut result = match self.exec_block(f, body) {
            Ok(Flow::Normal) => self.exec_block(f, orelse),
            Ok(flow) => Ok(flow),
            Err(mut e) => {
                let mut handled = None;
                if matches!(e.builtin_kind(), Some(ExcType::RecursionError))
                    && self.depth > super::RECURSION_LIMIT - 50
                {
                    // Leave room to unwind before handling a recursion overflow deep in the stack.
                }
                for h in handlers {
                    let matches = match &h.kind {
                        None => true,
                        Some(k) => {
                            let kv = self.eval(f, k)?;
                            self.exc_matches(&e, &kv)?
                        }
                    };
                    if matches {
                        handled = Some(h);
                        break;
                    }
                }
                match handled {
                    None => Err(e),
                    Some(h) => {
                        let obj = self.exc_object(&mut e);
                        if let Some(n) = &h.name {
                            self.store_name(f, n, obj)?;
                        }
                        e.span = None;
                        let saved = f.handling.replace(e);
                        let r = self.exec_block(f, &h.body);
                        f.handling = saved;
                        if let Some(n) = &h.name {
                            self.unbind_name(f, n);
                        }
                        r
                    }
                }
            }
        };
        if !finally.is_empty() {
            match self.exec_block(f, finally) {
                Ok(Flow::Normal) => {}
                Ok(flow) => result = Ok(flow),
                Err(e) => result = Err(e),
            }
        }
        result
    }

    fn exec_with(
        &mut self,
        f: &mut Frame,
        items: &[(Expr, Option<Expr>)],
        body: &[Stmt],
    ) -> Res<Flow> {
        let Some(((ctx_expr, var), rest)) = items.split_first() else {
            return self.exec_block(f, body);
        };
        let ctx = self.eval(f, ctx_expr)?;
        let exit = at(self.getattr(&ctx, "__exit__"), ctx_expr.span).map_err(|_| {
            let mut e = Exc::new(
                ExcType::TypeError,
                format!(
                    "'{}' object does not support the context manager protocol",
                    self.class_of(&ctx).tp_name()
                ),
            );
            e.span = Some(ctx_expr.span);
            e
        })?;
        let enter = at(self.getattr(&ctx, "__enter__"), ctx_expr.span)?;
        let entered = at(self.call(&enter, vec![], vec![]), ctx_expr.span)?;
        if let Some(v) = var {
            self.assign(f, v, entered)?;
        }
        let r = if rest.is_empty() {
            self.exec_block(f, body)
        } else {
            self.exec_with(f, rest, body)
        };
        match r {
            Ok(flow) => {
                at(
                    self.call(&exit, vec![Value::None, Value::None, Value::None], vec![]),
                    ctx_expr.span,
                )?;
                Ok(flow)
            }
            Err(mut e) => {
                let obj = self.exc_object(&mut e);
                let cls = Value::Class(self.class_of(&obj));
                let suppress = self.call(&exit, vec![cls, obj, Value::None], vec![])?;
                if self.truthy(&suppress)? {
                    Ok(Flow::Normal)
                } else {
                    Err(e)
                }
            }
        }
    }

    fn exec_for(
        &mut self,
        f: &mut Frame,
        target: &Expr,
        iter: &Expr,
        body: &[Stmt],
        orelse: &[Stmt],
    ) -> Res<Flow> {
        let it = self.eval(f, iter)?;
        // Fast path: ranges need no iterator object.
        if let Value::Range(start, stop, step) = it {
            let mut i = start;
            while (step > 0 && i < stop) || (step < 0 && i > stop) {
                self.assign(f, target, Value::Int(i))?;
                match self.exec_block(f, body)? {
                    Flow::Break => return Ok(Flow::Normal),
                    Flow::Return(v) => return Ok(Flow::Return(v)),
                    _ => {}
                }
                if i & 0x3ff == 0 {
                    self.check_interrupt()?;
                }
                i += step;
            }
            return self.exec_block(f, orelse);
        }
        let iterator = at(self.iter(&it), iter.span)?;
        let mut n = 0u32;
        while let Some(v) = at(self.next(&iterator), iter.span)? {
            self.assign(f, target, v)?;
            match self.exec_block(f, body)? {
                Flow::Break => return Ok(Flow::Normal),
                Flow::Return(v) => return Ok(Flow::Return(v)),
                _ => {}
            }
            n = n.wrapping_add(1);
            if n & 0x3ff == 0 {
                self.check_interrupt()?;
            }
        }
        self.exec_block(f, orelse)
    }

    fn make_function(&mut self, f: &mut Frame, def: &Rc<FuncDef>) -> Res<Value> {
        let mut sig = Signature {
            posonly: def.params.posonly,
            ..Default::default()
        };
        for p in &def.params.positional {
            let d = match &p.default {
                Some(e) => Some(self.eval(f, e)?),
                None => None,
            };
            sig.positional.push(SigParam {
                name: p.name.clone(),
                default: d,
            });
        }
        for p in &def.params.kwonly {
            let d = match &p.default {
                Some(e) => Some(self.eval(f, e)?),
                None => None,
            };
            sig.kwonly.push(SigParam {
                name: p.name.clone(),
                default: d,
            });
        }
        sig.varargs = def.params.varargs.clone();
        sig.varkw = def.params.varkw.clone();
        let cells = def
            .layout
            .free_from_parent
            .iter()
            .filter_map(|&i| f.cells.get(i as usize).cloned())
            .collect();
        let qualname = match &f.class_ns {
            Some(_) => Rc::from(format!("{}.{}", f.func_name, def.name)),
            None if &*f.func_name != "<module>" => {
                Rc::from(format!("{}.<locals>.{}", f.func_name, def.name))
            }
            None => def.name.clone(),
        };
        Ok(Value::Function(Rc::new(Function {
            def: def.clone(),
            source: f.source.clone(),
            globals: f.globals.clone(),
            sig: Rc::new(sig),
            cells,
            qualname,
            attrs: RefCell::new(Attrs::default()),
        })))
    }

    fn make_class(&mut self, f: &mut Frame, def: &Rc<ClassDef>) -> Res<Value> {
        let mut bases = Vec::new();
        for b in &def.bases {
            match b {
                Arg::Pos(e) => match self.eval(f, e)? {
                    Value::Class(c) => bases.push(c),
                    other => {
                        let mut e2 = Exc::new(
                            ExcType::TypeError,
                            format!(
                                "bases must be types, not {}",
                                self.class_of(&other).tp_name()
                            ),
                        );
                        e2.span = Some(e.span);
                        return Err(e2);
                    }
                },
                Arg::Kw(..) | Arg::Star(_) | Arg::StarStar(_) => {
                    return Err(super::exceptions::not_implemented(
                        "class keyword arguments (metaclasses)",
                    ))
                }
            }
        }
        if bases.is_empty() {
            bases.push(self.types.object.clone());
        }
        let ns = Rc::new(RefCell::new(Attrs::default()));
        ns.borrow_mut()
            .insert(Rc::from("__module__"), Value::str(&f.globals.name));
        ns.borrow_mut()
            .insert(Rc::from("__qualname__"), Value::str(&def.name));
        // The docstring, for help() and `C.__doc__`.
        if let doc @ Value::Str(_) = super::attr::docstring(&def.body) {
            ns.borrow_mut().insert(Rc::from("__doc__"), doc);
        }
        let mut cf = Frame::new(
            f.globals.clone(),
            f.source.clone(),
            &def.layout,
            def.name.clone(),
        );
        for (i, &from) in def.layout.free_from_parent.iter().enumerate() {
            let slot = def.layout.n_cells as usize + i;
            if let (Some(dst), Some(src)) = (cf.cells.get_mut(slot), f.cells.get(from as usize)) {
                *dst = src.clone();
            } else if let Some(src) = f.cells.get(from as usize) {
                cf.cells.push(src.clone());
            }
        }
        cf.class_ns = Some(ns.clone());
        self.exec_block(&mut cf, &def.body)
            .map_err(|e| self.unwind(e, &cf))?;
        let class = super::new_class(&def.name, &f.globals.name, bases)
            .map_err(|m| Exc::new(ExcType::TypeError, m))?;
        let attrs = std::mem::take(&mut *ns.borrow_mut());
        for v in attrs.values() {
            let func = match v {
                Value::Function(func) => Some(func.clone()),
                Value::StaticMethod(inner) | Value::ClassMethod(inner) => match &**inner {
                    Value::Function(func) => Some(func.clone()),
                    _ => None,
                },
                Value::Property(p) => {
                    for acc in [&p.fget, &p.fset] {
                        if let Value::Function(func) = acc {
                            func.attrs
                                .borrow_mut()
                                .insert(Rc::from("__class__"), Value::Class(class.clone()));
                        }
                    }
                    None
                }
                _ => None,
            };
            if let Some(func) = func {
                func.attrs
                    .borrow_mut()
                    .insert(Rc::from("__class__"), Value::Class(class.clone()));
            }
        }
        *class.dict.borrow_mut() = attrs;
        Ok(Value::Class(class))
    }

    // ------------------------------------------------------------------ names

    pub fn load_name(&mut self, f: &Frame, n: &Name) -> Res<Value> {
        match n.at {
            NameRef::Local(i) => match f.locals.get(i as usize) {
                Some(Some(v)) => Ok(v.clone()),
                _ => Err(Exc::new(
                    ExcType::UnboundLocalError,
                    format!("cannot access local variable '{}' where it is not associated with a value", n.id),
                )),
            },
            NameRef::Cell(i) => match f.cells.get(i as usize).map(|c| c.borrow().clone()) {
                Some(Some(v)) => Ok(v),
                _ => Err(Exc::new(
                    ExcType::NameError,
                    format!(
                        "cannot access free variable '{}' where it is not associated with a value in enclosing scope",
                        n.id
                    ),
                )),
            },
            NameRef::Global(i) => {
                if let Some(Some(v)) = f.globals.values.borrow().get(i as usize) {
                    return Ok(v.clone());
                }
                self.load_builtin(&n.id)
            }
            NameRef::ClassBody(i) => {
                if let Some(ns) = &f.class_ns {
                    if let Some(v) = ns.borrow().get(&n.id) {
                        return Ok(v.clone());
                    }
                }
                if let Some(Some(v)) = f.globals.values.borrow().get(i as usize) {
                    return Ok(v.clone());
                }
                self.load_builtin(&n.id)
            }
            NameRef::Unresolved => {
                if let Some(v) = f.globals.get(&n.id) {
                    return Ok(v);
                }
                self.load_builtin(&n.id)
            }
        }
    }

    fn load_builtin(&self, id: &Rc<str>) -> Res<Value> {
        match self.builtins.get(id) {
            Some(v) => Ok(v.clone()),
            None => Err(Exc::new(
                ExcType::NameError,
                format!("name '{id}' is not defined"),
            )),
        }
    }

    pub fn store_name(&mut self, f: &mut Frame, n: &Name, v: Value) -> Res<()> {
        match n.at {
            NameRef::Local(i) => {
                if let Some(slot) = f.locals.get_mut(i as usize) {
                    *slot = Some(v);
                }
            }
            NameRef::Cell(i) => {
                if let Some(c) = f.cells.get(i as usize) {
                    *c.borrow_mut() = Some(v);
                }
            }
            NameRef::Global(i) => {
                let mut vals = f.globals.values.borrow_mut();
                let i = i as usize;
                if vals.len() <= i {
                    let n = f.globals.names.borrow().names.len().max(i + 1);
                    vals.resize(n, None);
                }
                vals[i] = Some(v);
            }
            NameRef::ClassBody(_) => {
                if let Some(ns) = &f.class_ns {
                    ns.borrow_mut().insert(n.id.clone(), v);
                }
            }
            NameRef::Unresolved => f.globals.set(&n.id, v),
        }
        Ok(())
    }

    fn unbind_name(&mut self, f: &mut Frame, n: &Name) {
        match n.at {
            NameRef::Local(i) => {
                if let Some(s) = f.locals.get_mut(i as usize) {
                    *s = None;
                }
            }
            NameRef::Cell(i) => {
                if let Some(c) = f.cells.get(i as usize) {
                    *c.borrow_mut() = None;
                }
            }
            NameRef::Global(i) => {
                if let Some(s) = f.globals.values.borrow_mut().get_mut(i as usize) {
                    *s = None;
                }
            }
            NameRef::ClassBody(_) => {
                if let Some(ns) = &f.class_ns {
                    ns.borrow_mut().shift_remove(&n.id);
                }
            }
            NameRef::Unresolved => {}
        }
    }

    // ------------------------------------------------------------------ assignment

    pub fn assign(&mut self, f: &mut Frame, target: &Expr, v: Value) -> Res<()> {
        match &target.kind {
            ExprKind::Name(n) => self.store_name(f, n, v),
            ExprKind::Attribute(obj, name) => {
                let o = self.eval(f, obj)?;
                at(self.setattr(&o, name, v), target.span)
            }
            ExprKind::Subscript(obj, idx) => {
                let o = self.eval(f, obj)?;
                let i = self.eval(f, idx)?;
                at(self.setitem(&o, i, v), target.span)
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                let values = at(self.unpack(v, items), target.span)?;
                for (t, v) in items.iter().zip(values) {
                    match &t.kind {
                        ExprKind::Starred(inner) => self.assign(f, inner, v)?,
                        _ => self.assign(f, t, v)?,
                    }
                }
                Ok(())
            }
            ExprKind::Starred(inner) => self.assign(f, inner, v),
            _ => Err(Exc::new(
                ExcType::SyntaxError,
                "cannot assign to expression",
            )),
        }
    }

    /// Unpack `v` into as many values as `targets` (one starred target takes the rest as a list).
    fn unpack(&mut self, v: Value, targets: &[Expr]) -> Res<Vec<Value>> {
        let items = self.collect(&v)?;
        let star = targets
            .iter()
            .position(|t| matches!(t.kind, ExprKind::Starred(_)));
        let n = targets.len();
        match star {
            None => {
                if items.len() > n {
                    return Err(Exc::new(
                        ExcType::ValueError,
                        format!("too many values to unpack (expected {n})"),
                    ));
                }
                if items.len() < n {
                    return Err(Exc::new(
                        ExcType::ValueError,
                        format!(
                            "not enough values to unpack (expected {n}, got {})",
                            items.len()
                        ),
                    ));
                }
                Ok(items)
            }
            Some(si) => {
                let after = n - si - 1;
                if items.len() < n - 1 {
                    return Err(Exc::new(
                        ExcType::ValueError,
                        format!(
                            "not enough values to unpack (expected at least {}, got {})",
                            n - 1,
                            items.len()
                        ),
                    ));
                }
                let mut items = items;
                let tail = items.split_off(items.len() - after);
                let mid = items.split_off(si);
                items.push(Value::list(mid));
                items.extend(tail);
                Ok(items)
            }
        }
    }

    fn aug_assign(&mut self, f: &mut Frame, target: &Expr, op: BinOp, value: &Expr) -> Res<()> {
        match &target.kind {
            ExprKind::Name(n) => {
                let cur = at(self.load_name(f, n), target.span)?;
                let rhs = self.eval(f, value)?;
                let r = at(self.inplace_op(op, cur, rhs), target.span.to(value.span))?;
                self.store_name(f, n, r)
            }
            ExprKind::Attribute(obj, name) => {
                let o = self.eval(f, obj)?;
                let cur = at(self.getattr(&o, name), target.span)?;
                let rhs = self.eval(f, value)?;
                let r = at(self.inplace_op(op, cur, rhs), target.span.to(value.span))?;
                at(self.setattr(&o, name, r), target.span)
            }
            ExprKind::Subscript(obj, idx) => {
                let o = self.eval(f, obj)?;
                let i = self.eval(f, idx)?;
                let cur = at(self.getitem(&o, i.clone()), target.span)?;
                let rhs = self.eval(f, value)?;
                let r = at(self.inplace_op(op, cur, rhs), target.span.to(value.span))?;
                at(self.setitem(&o, i, r), target.span)
            }
            _ => Err(Exc::new(
                ExcType::SyntaxError,
                "illegal expression for augmented assignment",
            )),
        }
    }

    fn delete(&mut self, f: &mut Frame, target: &Expr) -> Res<()> {
        match &target.kind {
            ExprKind::Name(n) => {
                at(self.load_name(f, n), target.span)?;
                self.unbind_name(f, n);
                Ok(())
            }
            ExprKind::Attribute(obj, name) => {
                let o = self.eval(f, obj)?;
                at(self.delattr(&o, name), target.span)
            }
            ExprKind::Subscript(obj, idx) => {
                let o = self.eval(f, obj)?;
                let i = self.eval(f, idx)?;
                at(self.delitem(&o, i), target.span)
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                for t in items {
                    self.delete(f, t)?;
                }
                Ok(())
            }
            _ => Err(Exc::new(ExcType::SyntaxError, "cannot delete expression")),
        }
    }

    // ------------------------------------------------------------------ expressions

    pub fn eval(&mut self, f: &mut Frame, e: &Expr) -> Res<Value> {
        let r = at(self.eval_inner(f, e), e.span);
        // Warnings from library code show at the innermost expression that was evaluating.
        if self.warnings.has_pending() {
            self.flush_warnings(f, e.span);
        }
        r
    }

    fn eval_inner(&mut self, f: &mut Frame, e: &Expr) -> Res<Value> {
        Ok(match &e.kind {
            ExprKind::Int(crate::syntax::token::IntLit::Small(i)) => Value::Int(*i),
            ExprKind::Int(crate::syntax::token::IntLit::Big(b)) => {
                Value::BigInt(Rc::new(BigInt::clone(b)))
            }
            ExprKind::Float(x) => Value::Float(*x),
            ExprKind::Imag(x) => Value::Complex(0.0, *x),
            ExprKind::Str(s) => Value::Str(s.clone()),
            ExprKind::Bytes(b) => Value::Bytes(b.clone()),
            ExprKind::Bool(b) => Value::Bool(*b),
            ExprKind::None => Value::None,
            ExprKind::Ellipsis => Value::Ellipsis,
            ExprKind::FString(parts) => Value::Str(Rc::from(self.fstring(f, parts)?)),
            ExprKind::Name(n) => self.load_name(f, n)?,
            ExprKind::List(items) => Value::list(self.eval_items(f, items)?),
            ExprKind::Tuple(items) => Value::tuple(self.eval_items(f, items)?),
            ExprKind::Set(items) => {
                let vals = self.eval_items(f, items)?;
                self.make_set(vals)?
            }
            ExprKind::Dict(items) => {
                let mut d = Dict::with_capacity_and_hasher(items.len(), Default::default());
                for (k, v) in items {
                    match k {
                        Some(k) => {
                            let kv = self.eval(f, k)?;
                            let vv = self.eval(f, v)?;
                            d.insert(at(self.hkey(kv), k.span)?, vv);
                        }
                        None => {
                            let m = self.eval(f, v)?;
                            for (k2, v2) in at(self.mapping_items(&m), v.span)? {
                                d.insert(self.hkey(k2)?, v2);
                            }
                        }
                    }
                }
                Value::dict(d)
            }
            ExprKind::Starred(_) => {
                return Err(Exc::new(
                    ExcType::SyntaxError,
                    "can't use starred expression here",
                ));
            }
            ExprKind::Attribute(obj, name) => {
                let o = self.eval(f, obj)?;
                match self.getattr(&o, name) {
                    Ok(v) => v,
                    Err(e) => return Err(self.explain_none_use(e, f, obj, &o)),
                }
            }
            ExprKind::Subscript(obj, idx) => {
                let o = self.eval(f, obj)?;
                let i = self.eval(f, idx)?;
                match self.getitem(&o, i) {
                    Ok(v) => v,
                    Err(e) => return Err(self.explain_none_use(e, f, obj, &o)),
                }
            }
            ExprKind::Slice(a, b, c) => {
                let mut parts = [Value::None, Value::None, Value::None];
                for (slot, x) in parts.iter_mut().zip([a, b, c]) {
                    if let Some(x) = x {
                        *slot = self.eval(f, x)?;
                    }
                }
                Value::Slice(Rc::new(parts))
            }
            ExprKind::Call(func, args) => return self.eval_call(f, func, args),
            ExprKind::Unary(op, x) => {
                let v = self.eval(f, x)?;
                self.unary_op(*op, v)?
            }
            ExprKind::Binary(op, a, b) => {
                let x = self.eval(f, a)?;
                let y = self.eval(f, b)?;
                // Fast path for small ints and floats before the full protocol.
                match (op, &x, &y) {
                    (BinOp::Add, Value::Int(p), Value::Int(q)) => {
                        if let Some(r) = p.checked_add(*q) {
                            return Ok(Value::Int(r));
                        }
                    }
                    (BinOp::Sub, Value::Int(p), Value::Int(q)) => {
                        if let Some(r) = p.checked_sub(*q) {
                            return Ok(Value::Int(r));
                        }
                    }
                    (BinOp::Mul, Value::Int(p), Value::Int(q)) => {
                        if let Some(r) = p.checked_mul(*q) {
                            return Ok(Value::Int(r));
                        }
                    }
                    (BinOp::Add, Value::Float(p), Value::Float(q)) => {
                        return Ok(Value::Float(p + q))
                    }
                    (BinOp::Sub, Value::Float(p), Value::Float(q)) => {
                        return Ok(Value::Float(p - q))
                    }
                    (BinOp::Mul, Value::Float(p), Value::Float(q)) => {
                        return Ok(Value::Float(p * q))
                    }
                    _ => {}
                }
                match self.binary_op(*op, x.clone(), y.clone()) {
                    Ok(v) => v,
                    Err(e) => return Err(self.explain_binary_error(e, f, a, b, &x, &y)),
                }
            }
            ExprKind::And(a, b) => {
                let x = self.eval(f, a)?;
                if !self.truthy(&x)? {
                    x
                } else {
                    self.eval(f, b)?
                }
            }
            ExprKind::Or(a, b) => {
                let x = self.eval(f, a)?;
                if self.truthy(&x)? {
                    x
                } else {
                    self.eval(f, b)?
                }
            }
            ExprKind::Compare(first, rest) if rest.len() == 1 => {
                let lhs = self.eval(f, first)?;
                let (op, rexpr) = &rest[0];
                let rhs = self.eval(f, rexpr)?;
                // Fast path: small ints and floats compare without the protocol.
                let quick = match (&lhs, &rhs) {
                    (Value::Int(a), Value::Int(b)) => cmp_fast(*op, a.cmp(b)),
                    (Value::Float(a), Value::Float(b)) => {
                        a.partial_cmp(b).map(|o| cmp_fast(*op, o)).unwrap_or(None)
                    }
                    _ => None,
                };
                match quick {
                    Some(b) => Value::Bool(b),
                    None => at(self.compare(*op, &lhs, &rhs), first.span.to(rexpr.span))?,
                }
            }
            ExprKind::Compare(first, rest) => {
                let mut lhs = self.eval(f, first)?;
                let mut result = Value::Bool(true);
                for (i, (op, rexpr)) in rest.iter().enumerate() {
                    let rhs = self.eval(f, rexpr)?;
                    let r = at(self.compare(*op, &lhs, &rhs), first.span.to(rexpr.span))?;
                    if rest.len() == 1 {
                        return Ok(r);
                    }
                    if !self.truthy(&r)? {
                        return Ok(r);
                    }
                    result = r;
                    if i + 1 < rest.len() {
                        lhs = rhs;
                    }
                }
                result
            }
            ExprKind::IfExp(c, a, b) => {
                let cv = self.eval(f, c)?;
                if self.truthy(&cv)? {
                    self.eval(f, a)?
                } else {
                    self.eval(f, b)?
                }
            }
            ExprKind::Lambda(def) => self.make_function(f, def)?,
            ExprKind::ListComp(elt, gens) => {
                let mut out = Vec::new();
                self.comprehension(f, gens, 0, &mut |me, f| {
                    let v = me.eval(f, elt)?;
                    out.push(v);
                    Ok(())
                })?;
                Value::list(out)
            }
            ExprKind::GenExp(elt, gens) => {
                // Generator expressions are evaluated eagerly (no suspended frames in nabla).
                let mut out = Vec::new();
                self.comprehension(f, gens, 0, &mut |me, f| {
                    let v = me.eval(f, elt)?;
                    out.push(v);
                    Ok(())
                })?;
                Value::Iterator(Rc::new(RefCell::new(Iter::Values {
                    items: out,
                    index: 0,
                })))
            }
            ExprKind::SetComp(elt, gens) => {
                let mut out = Vec::new();
                self.comprehension(f, gens, 0, &mut |me, f| {
                    let v = me.eval(f, elt)?;
                    out.push(v);
                    Ok(())
                })?;
                self.make_set(out)?
            }
            ExprKind::DictComp(k, v, gens) => {
                let mut d = Dict::default();
                self.comprehension(f, gens, 0, &mut |me, f| {
                    let kv = me.eval(f, k)?;
                    let vv = me.eval(f, v)?;
                    let key = at(me.hkey(kv), k.span)?;
                    d.insert(key, vv);
                    Ok(())
                })?;
                Value::dict(d)
            }
            ExprKind::Error => return Err(Exc::new(ExcType::SyntaxError, "invalid syntax")),
        })
    }

    /// A failed use of a None that came from `name.attr` (`x.grad.zero_()`, `w.grad * lr`) gets the library's
    /// explanation of why the attribute is None as its hint. Only a plain name is looked up again: that has no
    /// side effects.
    fn explain_none_use(
        &mut self,
        mut e: Box<Exc>,
        f: &Frame,
        expr: &Expr,
        value: &Value,
    ) -> Box<Exc> {
        if !matches!(value, Value::None) || e.hint.is_some() {
            return e;
        }
        let ExprKind::Attribute(owner_expr, attr) = &expr.kind else {
            return e;
        };
        let ExprKind::Name(name) = &owner_expr.kind else {
            return e;
        };
        let Ok(owner) = self.load_name(f, name) else {
            return e;
        };
        let text = f
            .source
            .text
            .get(owner_expr.span.range())
            .unwrap_or("?")
            .to_string();
        e.hint = self.explain_attr(&owner, attr, &text);
        e
    }

    /// Add nabla's explanation to a broadcasting failure: both operands as written, their shapes aligned
    /// on the right, the clashing axes, and a fix. Uses only the generic `shape` attribute.
    fn explain_binary_error(
        &mut self,
        mut e: Box<Exc>,
        f: &Frame,
        a: &Expr,
        b: &Expr,
        x: &Value,
        y: &Value,
    ) -> Box<Exc> {
        let is_broadcast = match &e.payload {
            Payload::Builtin(ExcType::ValueError, args) => {
                matches!(args.first(), Some(Value::Str(m)) if m.starts_with("operands could not be broadcast together"))
            }
            _ => false,
        };
        if !is_broadcast || e.hint.is_some() {
            let e = self.explain_none_use(e, f, a, x);
            return self.explain_none_use(e, f, b, y);
        }
        let shape_of = |me: &mut Interp, v: &Value| -> Option<Vec<i64>> {
            let s = me.getattr(v, "shape").ok()?;
            let items = me.collect(&s).ok()?;
            items
                .iter()
                .map(|d| {
                    if let Value::Int(i) = d {
                        Some(*i)
                    } else {
                        None
                    }
                })
                .collect()
        };
        let (Some(sx), Some(sy)) = (shape_of(self, x), shape_of(self, y)) else {
            return e;
        };
        let text = |ex: &Expr| {
            f.source
                .text
                .get(ex.span.range())
                .unwrap_or("?")
                .to_string()
        };
        let (nx, ny) = (text(a), text(b));
        let nd = sx.len().max(sy.len());
        let pad = |s: &[i64]| -> Vec<Option<i64>> {
            let mut v: Vec<Option<i64>> = vec![None; nd - s.len()];
            v.extend(s.iter().map(|d| Some(*d)));
            v
        };
        let (px, py) = (pad(&sx), pad(&sy));
        let width = px
            .iter()
            .chain(py.iter())
            .map(|d| d.map(|v| v.to_string().len()).unwrap_or(1))
            .max()
            .unwrap_or(1)
            .max(2);
        let name_w = nx.chars().count().max(ny.chars().count()).min(30);
        let row = |name: &str, dims: &[Option<i64>]| -> String {
            let cells: Vec<String> = dims
                .iter()
                .map(|d| format!("{:>width$}", d.map(|v| v.to_string()).unwrap_or_default()))
                .collect();
            format!(
                "  {:<name_w$}  {}",
                name.chars().take(30).collect::<String>(),
                cells.join(" ")
            )
        };
        let mut marks = String::new();
        let mut clashes = Vec::new();
        for i in 0..nd {
            let clash = matches!((px[i], py[i]), (Some(p), Some(q)) if p != q && p != 1 && q != 1);
            marks.push_str(&format!("{:>width$} ", if clash { "^" } else { "" }));
            if clash {
                clashes.push((i as i64 - nd as i64, px[i].unwrap_or(0), py[i].unwrap_or(0)));
            }
        }
        let mut hint = String::from("shapes aligned on the right (broadcasting matches trailing axes; sizes must be equal or 1):\n");
        hint.push_str(&row(&nx, &px));
        hint.push('\n');
        hint.push_str(&row(&ny, &py));
        hint.push('\n');
        hint.push_str(&format!("  {:<name_w$}  {}", "", marks.trim_end()));
        for (axis, p, q) in &clashes {
            hint.push_str(&format!("\naxis {axis}: {p} vs {q}"));
        }
        if sy.len() == 1 && sx.len() >= 2 && sx.first() == sy.first() {
            hint.push_str(&format!(
                "\nto pair `{ny}` with the first axis of `{nx}`, write `{ny}[:, None]`"
            ));
        } else if sx.len() == 1 && sy.len() >= 2 && sy.first() == sx.first() {
            hint.push_str(&format!(
                "\nto pair `{nx}` with the first axis of `{ny}`, write `{nx}[:, None]`"
            ));
        } else if sx.len() == 2 && sy.len() == 2 && sx[0] == sy[1] && sx[1] == sy[0] {
            hint.push_str(&format!(
                "\nthe shapes are transposes of each other: did you mean `{ny}.T`?"
            ));
        }
        e.hint = Some(hint);
        e
    }

    fn comprehension(
        &mut self,
        f: &mut Frame,
        gens: &[Comprehension],
        level: usize,
        body: &mut dyn FnMut(&mut Interp, &mut Frame) -> Res<()>,
    ) -> Res<()> {
        let Some(g) = gens.get(level) else {
            return body(self, f);
        };
        let itv = self.eval(f, &g.iter)?;
        let it = at(self.iter(&itv), g.iter.span)?;
        let mut n = 0u32;
        'items: while let Some(v) = self.next(&it)? {
            n = n.wrapping_add(1);
            if n & 0x3ff == 0 {
                self.check_interrupt()?;
            }
            self.assign(f, &g.target, v)?;
            for c in &g.conds {
                let cv = self.eval(f, c)?;
                if !self.truthy(&cv)? {
                    continue 'items;
                }
            }
            self.comprehension(f, gens, level + 1, body)?;
        }
        Ok(())
    }

    fn eval_items(&mut self, f: &mut Frame, items: &[Expr]) -> Res<Vec<Value>> {
        let mut out = Vec::with_capacity(items.len());
        for it in items {
            if let ExprKind::Starred(inner) = &it.kind {
                let v = self.eval(f, inner)?;
                out.extend(at(self.collect(&v), inner.span)?);
            } else {
                out.push(self.eval(f, it)?);
            }
        }
        Ok(out)
    }

    fn eval_call(&mut self, f: &mut Frame, func: &Expr, args: &[Arg]) -> Res<Value> {
        // `obj.method(...)` on an instance: call the class's function with obj first, without a bound method.
        if let ExprKind::Attribute(obj_expr, name) = &func.kind {
            if args.iter().all(|a| matches!(a, Arg::Pos(_))) {
                let obj = self.eval(f, obj_expr)?;
                if let Value::Instance(inst) = &obj {
                    if !inst.dict.borrow().contains_key(&**name) {
                        if let Some(Value::Function(func_obj)) = inst.class.lookup(name) {
                            let mut pos = Vec::with_capacity(args.len() + 1);
                            pos.push(obj.clone());
                            for a in args {
                                if let Arg::Pos(e) = a {
                                    pos.push(self.eval(f, e)?);
                                }
                            }
                            return self.call_function(&func_obj, pos, vec![]);
                        }
                    }
                }
                let fv = match at(self.getattr(&obj, name), func.span) {
                    Ok(v) => v,
                    Err(e) => return Err(self.explain_none_use(e, f, obj_expr, &obj)),
                };
                return self.eval_call_with(f, fv, args);
            }
        }
        let fv = self.eval(f, func)?;
        if args.is_empty() {
            if let (ExprKind::Name(n), Value::Class(c)) = (&func.kind, &fv) {
                if &*n.id == "super" && &*c.name == "super" && &*c.module == "builtins" {
                    return self.zero_arg_super(f.def_class.clone(), f.first_arg.clone());
                }
            }
        }
        self.eval_call_with(f, fv, args)
    }

    fn eval_call_with(&mut self, f: &mut Frame, fv: Value, args: &[Arg]) -> Res<Value> {
        let mut pos = Vec::with_capacity(args.len());
        let mut kw: Vec<(Rc<str>, Value)> = Vec::new();
        for a in args {
            match a {
                Arg::Pos(e) => pos.push(self.eval(f, e)?),
                Arg::Star(e) => {
                    let v = self.eval(f, e)?;
                    let items = at(self.collect(&v), e.span).map_err(|mut ex| {
                        if matches!(ex.builtin_kind(), Some(ExcType::TypeError)) {
                            ex = Exc::new(
                                ExcType::TypeError,
                                format!(
                                    "{}() argument after * must be an iterable, not {}",
                                    self.callable_name(&fv),
                                    self.class_of(&v).tp_name()
                                ),
                            );
                            ex.span = Some(e.span);
                        }
                        ex
                    })?;
                    pos.extend(items);
                }
                Arg::Kw(name, e) => {
                    let v = self.eval(f, e)?;
                    if kw.iter().any(|(k, _)| k == name) {
                        return Err(Exc::new(
                            ExcType::SyntaxError,
                            format!("keyword argument repeated: {name}"),
                        ));
                    }
                    kw.push((name.clone(), v));
                }
                Arg::StarStar(e) => {
                    let v = self.eval(f, e)?;
                    for (k, val) in at(self.mapping_items(&v), e.span)? {
                        let Value::Str(ks) = k else {
                            return Err(Exc::new(ExcType::TypeError, "keywords must be strings"));
                        };
                        if kw.iter().any(|(k2, _)| *k2 == ks) {
                            return Err(Exc::new(
                                ExcType::TypeError,
                                format!(
                                    "{}() got multiple values for keyword argument '{}'",
                                    self.callable_name(&fv),
                                    ks
                                ),
                            ));
                        }
                        kw.push((ks, val));
                    }
                }
            }
        }
        self.call(&fv, pos, kw)
    }

    fn fstring(&mut self, f: &mut Frame, parts: &[FPart]) -> Res<String> {
        let mut out = String::new();
        for p in parts {
            match p {
                FPart::Lit(s) => out.push_str(s),
                FPart::Field {
                    value,
                    conversion,
                    spec,
                } => {
                    let v = self.eval(f, value)?;
                    let v = match conversion {
                        Some('r') => Value::Str(Rc::from(self.repr(&v)?)),
                        Some('s') => Value::Str(Rc::from(self.str(&v)?)),
                        Some('a') => Value::Str(Rc::from(ascii_escape(&self.repr(&v)?))),
                        _ => v,
                    };
                    let spec_text = match spec {
                        Some(s) => self.fstring(f, s)?,
                        None => String::new(),
                    };
                    let s = at(self.format_value(&v, &spec_text), value.span)?;
                    out.push_str(&s);
                }
            }
        }
        Ok(out)
    }
}

fn cmp_fast(op: CmpOp, o: std::cmp::Ordering) -> Option<bool> {
    use std::cmp::Ordering::*;
    Some(match op {
        CmpOp::Lt => o == Less,
        CmpOp::LtE => o != Greater,
        CmpOp::Gt => o == Greater,
        CmpOp::GtE => o != Less,
        CmpOp::Eq => o == Equal,
        CmpOp::NotEq => o != Equal,
        _ => return None,
    })
}

/// `ascii()`: escape non-ASCII characters in a repr.
pub fn ascii_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let u = c as u32;
        if u < 0x80 {
            out.push(c);
        } else if u <= 0xff {
            out.push_str(&format!("\\x{u:02x}"));
        } else if u <= 0xffff {
            out.push_str(&format!("\\u{u:04x}"));
        } else {
            out.push_str(&format!("\\U{u:08x}"));
        }
    }
    out
}
