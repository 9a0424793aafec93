//! The type graph: which generated types a type or an operation refers to, and renaming types
//! everywhere they are referred to.

use std::collections::HashMap;

use crate::model::visit::{for_each_type_name_mut, Side};
use crate::model::{Operation, Resource, TypeDef};

/// Renames types in their definitions and in every reference of types and operations.
pub fn apply_renames(
    defs: &mut [TypeDef],
    resources: &mut [Resource],
    renames: &HashMap<String, String>,
) {
    if renames.is_empty() {
        return;
    }
    let operations = resources.iter_mut().flat_map(|r| r.operations.iter_mut());
    for_each_type_name_mut(defs, operations, &mut |name| {
        if let Some(new) = renames.get(name.as_str()) {
            *name = new.clone();
        }
    });
}

/// The generated types an operation sends: its parameter struct, parameters and body.
pub fn request_roots(op: &Operation) -> Vec<String> {
    roots(op, Side::Request)
}

/// The generated types an operation receives: its response, its events when the response is
/// also offered as a stream, its response and error enums' bodies, and its page items.
pub fn response_roots(op: &Operation) -> Vec<String> {
    roots(op, Side::Response)
}

fn roots(op: &Operation, side: Side) -> Vec<String> {
    let mut out = Vec::new();
    op.for_each_type_name(&mut |s, n| {
        if s == side {
            out.push(n.to_owned());
        }
    });
    out
}

/// The generated types an operation uses directly: what it sends and what it receives.
pub fn operation_roots(op: &crate::model::Operation) -> Vec<String> {
    let mut out = request_roots(op);
    out.extend(response_roots(op));
    out
}

/// Every type reachable from `roots` through type references (the roots included).
pub fn reachable<'a>(
    defs: &'a [TypeDef],
    roots: impl IntoIterator<Item = String>,
) -> std::collections::BTreeSet<String> {
    let index: HashMap<&str, &'a TypeDef> = defs.iter().map(|d| (d.name.as_str(), d)).collect();
    let mut seen = std::collections::BTreeSet::new();
    let mut stack: Vec<String> = roots.into_iter().collect();
    while let Some(name) = stack.pop() {
        if !seen.insert(name.clone()) {
            continue;
        }
        if let Some(def) = index.get(name.as_str()) {
            for r in def.references() {
                if !seen.contains(r) {
                    stack.push(r.to_owned());
                }
            }
        }
    }
    seen
}

/// The type graph of one set of definitions, indexed once for many reachability questions
/// (one per resource: Microsoft Graph has 500 resources and 10,000 types). Names that are
/// referred to but not defined are nodes too, without references, as [`reachable`] counts
/// them.
pub struct TypeGraph<'a> {
    /// Node names: the definitions' (in order), then the undefined names they refer to.
    names: Vec<&'a str>,
    /// Node by name (of definitions sharing a name, the last, as [`reachable`]'s index).
    by_name: HashMap<&'a str, usize>,
    /// The nodes each node refers to, in order, with repeats.
    edges: Vec<Vec<usize>>,
}

impl<'a> TypeGraph<'a> {
    /// Indexes `defs`.
    pub fn new(defs: &'a [TypeDef]) -> Self {
        let mut names: Vec<&'a str> = defs.iter().map(|d| d.name.as_str()).collect();
        let mut by_name: HashMap<&'a str, usize> = HashMap::with_capacity(defs.len());
        for (i, d) in defs.iter().enumerate() {
            by_name.insert(d.name.as_str(), i);
        }
        let mut edges: Vec<Vec<usize>> = Vec::with_capacity(defs.len());
        for d in defs {
            let mut out = Vec::new();
            for t in d.kind.type_refs() {
                t.for_each_named(&mut |n| {
                    let id = *by_name.entry(n).or_insert_with(|| {
                        names.push(n);
                        names.len() - 1
                    });
                    out.push(id);
                });
            }
            edges.push(out);
        }
        edges.resize_with(names.len(), Vec::new);
        TypeGraph {
            names,
            by_name,
            edges,
        }
    }

    /// The node named `name`, if the graph has one.
    pub fn node(&self, name: &str) -> Option<usize> {
        self.by_name.get(name).copied()
    }

    /// The name of node `id`.
    pub fn name(&self, id: usize) -> &'a str {
        self.names[id]
    }

    /// How many nodes there are.
    pub fn len(&self) -> usize {
        self.names.len()
    }

    /// Whether there are no nodes.
    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }

    /// Every node reachable from `roots` (the roots included), each once, marked in `seen`
    /// (cleared first, sized to the graph) and listed in the order found.
    pub fn reach(
        &self,
        roots: impl IntoIterator<Item = usize>,
        seen: &mut Vec<bool>,
    ) -> Vec<usize> {
        seen.clear();
        seen.resize(self.names.len(), false);
        let mut found = Vec::new();
        let mut stack: Vec<usize> = roots.into_iter().collect();
        while let Some(id) = stack.pop() {
            if std::mem::replace(&mut seen[id], true) {
                continue;
            }
            found.push(id);
            stack.extend(self.edges[id].iter().filter(|&&r| !seen[r]));
        }
        found
    }

    /// Every node from which one of `targets` is reachable (the targets included).
    pub fn reaching(&self, targets: impl IntoIterator<Item = usize>) -> Vec<bool> {
        let mut back: Vec<Vec<usize>> = vec![Vec::new(); self.names.len()];
        for (from, out) in self.edges.iter().enumerate() {
            for &to in out {
                back[to].push(from);
            }
        }
        let mut seen = vec![false; self.names.len()];
        let mut stack: Vec<usize> = targets.into_iter().collect();
        while let Some(id) = stack.pop() {
            if std::mem::replace(&mut seen[id], true) {
                continue;
            }
            stack.extend(back[id].iter().filter(|&&r| !seen[r]));
        }
        seen
    }
}
