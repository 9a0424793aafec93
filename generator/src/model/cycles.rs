//! Recursive types: fields that lead back to their own struct are boxed.

use std::collections::{HashMap, HashSet};

use crate::error::{Error, Location, Result};
use crate::model::{TypeDef, TypeId, TypeKind, TypeRef, TypeSpace};

/// Types a definition contains by value (not behind `Vec`, maps or `Expandable`).
fn direct_edges(def: &TypeDef) -> Vec<TypeId> {
    def.kind
        .type_refs()
        .into_iter()
        .filter_map(TypeRef::direct_named)
        .collect()
}

/// Strongly connected components (Tarjan, iterative), as a component id per type index.
fn components(defs: &[TypeDef]) -> Vec<usize> {
    let index_of: HashMap<TypeId, usize> =
        defs.iter().enumerate().map(|(i, d)| (d.id, i)).collect();
    let edges: Vec<Vec<usize>> = defs
        .iter()
        .map(|d| {
            direct_edges(d)
                .into_iter()
                .filter_map(|n| index_of.get(&n).copied())
                .collect()
        })
        .collect();
    let n = defs.len();
    let (mut index, mut low, mut on_stack, mut comp) = (
        vec![usize::MAX; n],
        vec![0; n],
        vec![false; n],
        vec![usize::MAX; n],
    );
    let (mut next_index, mut next_comp) = (0, 0);
    let mut stack = Vec::new();
    for root in 0..n {
        if index[root] != usize::MAX {
            continue;
        }
        let mut work: Vec<(usize, usize)> = vec![(root, 0)];
        while let Some(&mut (v, ref mut child)) = work.last_mut() {
            if *child == 0 && index[v] == usize::MAX {
                index[v] = next_index;
                low[v] = next_index;
                next_index += 1;
                stack.push(v);
                on_stack[v] = true;
            }
            if *child < edges[v].len() {
                let w = edges[v][*child];
                *child += 1;
                if index[w] == usize::MAX {
                    work.push((w, 0));
                } else if on_stack[w] {
                    low[v] = low[v].min(index[w]);
                }
            } else {
                work.pop();
                if let Some(&(parent, _)) = work.last() {
                    low[parent] = low[parent].min(low[v]);
                }
                if low[v] == index[v] {
                    while let Some(w) = stack.pop() {
                        on_stack[w] = false;
                        comp[w] = next_comp;
                        if w == v {
                            break;
                        }
                    }
                    next_comp += 1;
                }
            }
        }
    }
    comp
}

fn boxed(ty: &mut TypeRef) {
    let inner = std::mem::replace(ty, TypeRef::Json);
    *ty = TypeRef::Boxed(Box::new(inner));
}

/// Every cycle of definitions made only of aliases (which Rust cannot express), one error per
/// cycle, located at its first definition.
pub fn alias_cycles(defs: &[TypeDef]) -> Vec<Error> {
    let comp = components(defs);
    let comp_of: HashMap<TypeId, usize> = defs
        .iter()
        .enumerate()
        .map(|(i, d)| (d.id, comp[i]))
        .collect();
    let breakable: HashSet<usize> = defs
        .iter()
        .enumerate()
        .filter(|(_, d)| !matches!(d.kind, TypeKind::Alias(_)))
        .map(|(i, _)| comp[i])
        .collect();
    let mut reported = HashSet::new();
    let mut errors = Vec::new();
    for (i, def) in defs.iter().enumerate() {
        let mine = comp[i];
        let TypeKind::Alias(TypeRef::Named(target)) = &def.kind else {
            continue;
        };
        if comp_of.get(target) == Some(&mine) && !breakable.contains(&mine) && reported.insert(mine)
        {
            // Each alias has one target, so following them from here comes back here.
            let name_of = |id: TypeId| {
                defs.iter()
                    .find(|d| d.id == id)
                    .map_or("", |d| d.name.as_str())
            };
            let mut members = vec![def.name.as_str()];
            let mut current = *target;
            while members.len() <= defs.len() {
                members.push(name_of(current));
                if current == def.id {
                    break;
                }
                current = match defs.iter().find(|d| d.id == current).map(|d| &d.kind) {
                    Some(TypeKind::Alias(TypeRef::Named(next))) => *next,
                    _ => break,
                };
            }
            errors.push(Error::CyclicRef {
                location: Location::pointer(def.pointer.clone()),
                chain: format!(
                    "`{}` is defined as itself through aliases only ({})",
                    def.name,
                    members.join(" -> ")
                ),
            });
        }
    }
    errors
}

/// Boxes every by-value reference between types of the same cycle; a cycle made only of
/// aliases is an error (see [`alias_cycles`]).
pub fn box_recursive_fields(space: &mut TypeSpace) -> Result<()> {
    let defs = space.as_slice();
    if let Some(error) = Error::from_all(alias_cycles(defs)) {
        return Err(error);
    }
    let comp = components(defs);
    let comp_of: HashMap<TypeId, usize> = defs
        .iter()
        .enumerate()
        .map(|(i, d)| (d.id, comp[i]))
        .collect();
    for (i, def) in space.iter_mut().enumerate() {
        let mine = comp[i];
        let in_cycle =
            |t: &TypeRef| matches!(t, TypeRef::Named(n) if comp_of.get(n) == Some(&mine));
        match &mut def.kind {
            TypeKind::Struct(fields) => {
                for f in fields.iter_mut().filter(|f| in_cycle(&f.ty)) {
                    boxed(&mut f.ty);
                }
            }
            TypeKind::OneOf(alts) => {
                for a in alts.iter_mut().filter(|a| in_cycle(&a.ty)) {
                    boxed(&mut a.ty);
                }
            }
            TypeKind::Tagged { variants, .. } => {
                for v in variants.iter_mut().filter(|v| in_cycle(&v.ty)) {
                    boxed(&mut v.ty);
                }
            }
            _ => {}
        }
    }
    Ok(())
}
