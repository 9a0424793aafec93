//! The type graph: which generated types a type or an operation refers to, and folding merged
//! types into the ones they repeat.

use std::collections::{BTreeSet, HashMap};

use crate::model::visit::Side;
use crate::model::{Operation, Resource, TypeDef, TypeId, TypeSpace};

/// Folds each merged id into the one it maps to, in the definitions and in every reference
/// of the operations.
pub fn apply_merges(
    space: &mut TypeSpace,
    resources: &mut [Resource],
    merged: &HashMap<TypeId, TypeId>,
) {
    if merged.is_empty() {
        return;
    }
    space.merge(merged);
    for op in resources.iter_mut().flat_map(|r| r.operations.iter_mut()) {
        op.for_each_type_name_mut(&mut |id| {
            if let Some(to) = merged.get(id) {
                *id = *to;
            }
        });
    }
}

/// The generated types an operation sends: its parameter struct, parameters and body.
pub fn request_roots(op: &Operation) -> Vec<TypeId> {
    roots(op, Side::Request)
}

/// The generated types an operation receives: its response, its events when the response is
/// also offered as a stream, its response and error enums' bodies, and its page items.
pub fn response_roots(op: &Operation) -> Vec<TypeId> {
    roots(op, Side::Response)
}

fn roots(op: &Operation, side: Side) -> Vec<TypeId> {
    let mut out = Vec::new();
    op.for_each_type_name(&mut |s, n| {
        if s == side {
            out.push(n);
        }
    });
    out
}

/// The generated types an operation uses directly: what it sends and what it receives.
pub fn operation_roots(op: &crate::model::Operation) -> Vec<TypeId> {
    let mut out = request_roots(op);
    out.extend(response_roots(op));
    out
}

/// Every type reachable from `roots` through type references (the roots included).
pub fn reachable(space: &TypeSpace, roots: impl IntoIterator<Item = TypeId>) -> BTreeSet<TypeId> {
    let mut seen = BTreeSet::new();
    let mut stack: Vec<TypeId> = roots.into_iter().collect();
    while let Some(id) = stack.pop() {
        if !seen.insert(id) {
            continue;
        }
        if let Some(def) = space.get(id) {
            for r in def.references() {
                if !seen.contains(&r) {
                    stack.push(r);
                }
            }
        }
    }
    seen
}

/// The type graph of one set of definitions, indexed once for many reachability questions
/// (one per resource: Microsoft Graph has 500 resources and 10,000 types). Ids that are
/// referred to but not defined are nodes too, without references, as [`reachable`] counts
/// them.
pub struct TypeGraph {
    /// Node ids: the definitions' (in order), then the undefined ids they refer to.
    ids: Vec<TypeId>,
    /// Node by id.
    by_id: HashMap<TypeId, usize>,
    /// The nodes each node refers to, in order, with repeats.
    edges: Vec<Vec<usize>>,
}

impl TypeGraph {
    /// Indexes `defs`.
    pub fn new(defs: &[TypeDef]) -> Self {
        let mut ids: Vec<TypeId> = defs.iter().map(|d| d.id).collect();
        let mut by_id: HashMap<TypeId, usize> = HashMap::with_capacity(defs.len());
        for (i, d) in defs.iter().enumerate() {
            by_id.insert(d.id, i);
        }
        let mut edges: Vec<Vec<usize>> = Vec::with_capacity(defs.len());
        for d in defs {
            let mut out = Vec::new();
            for t in d.kind.type_refs() {
                t.for_each_named(&mut |n| {
                    let node = *by_id.entry(n).or_insert_with(|| {
                        ids.push(n);
                        ids.len() - 1
                    });
                    out.push(node);
                });
            }
            edges.push(out);
        }
        edges.resize_with(ids.len(), Vec::new);
        TypeGraph { ids, by_id, edges }
    }

    /// The node of type `id`, if the graph has one.
    pub fn node(&self, id: TypeId) -> Option<usize> {
        self.by_id.get(&id).copied()
    }

    /// The type of node `node`.
    pub fn id(&self, node: usize) -> TypeId {
        self.ids[node]
    }

    /// How many nodes there are.
    pub fn len(&self) -> usize {
        self.ids.len()
    }

    /// Whether there are no nodes.
    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }

    /// Every node reachable from `roots` (the roots included), each once, marked in `seen`
    /// (cleared first, sized to the graph) and listed in the order found.
    pub fn reach(
        &self,
        roots: impl IntoIterator<Item = usize>,
        seen: &mut Vec<bool>,
    ) -> Vec<usize> {
        seen.clear();
        seen.resize(self.ids.len(), false);
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
        let mut back: Vec<Vec<usize>> = vec![Vec::new(); self.ids.len()];
        for (from, out) in self.edges.iter().enumerate() {
            for &to in out {
                back[to].push(from);
            }
        }
        let mut seen = vec![false; self.ids.len()];
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
