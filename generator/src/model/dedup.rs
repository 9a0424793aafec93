//! One type per shape: structurally identical types (same fields, wire names, types,
//! requiredness, enum values, alternatives; documentation aside) become one.
//!
//! Identity is computed on the type graph, like a DFA minimization: types start in one class
//! and classes split until every member of a class has the same shape *with references
//! compared by class*, so recursive look-alikes merge too. Components keep their names (a
//! component that repeats another one's shape becomes an alias of it); inline types that repeat
//! a shape become one type named after what they share.

use std::collections::{BTreeMap, HashMap, HashSet};

use crate::error::Location;
use crate::error::{Diagnostic, DiagnosticKind};
use crate::model::naming::{camel_words, singular, split_words, variant_name};
use crate::model::{TypeDef, TypeId, TypeKind, TypeRef, TypeSpace};

/// Longest generated type name.
pub const MAX_TYPE_NAME: usize = 64;

/// Whether a definition is a component schema (its name is the spec's, kept as it is).
pub fn is_component(def: &TypeDef) -> bool {
    def.pointer
        .strip_prefix("#/components/schemas/")
        .is_some_and(|rest| !rest.contains('/'))
}

/// The outcome of merging: the types folded into another one, and the new names of those kept.
pub struct Merged {
    /// Every removed type, with the type that replaces it.
    pub merges: HashMap<TypeId, TypeId>,
    /// Every kept type named after its class, with its new name.
    pub names: HashMap<TypeId, String>,
    /// How many definitions were folded into another one.
    pub merged: usize,
}

/// How references are written in a signature: generated types by their class, aliases of
/// non-generated types (`type Extra = BTreeMap<String, Value>`) by what they stand for, so two
/// structs differing only by which such alias a field names have one shape.
struct RefWriter<'a> {
    index: &'a HashMap<TypeId, usize>,
    defs: &'a [TypeDef],
    /// Class of each definition.
    classes: &'a [usize],
}

/// How deep aliases of aliases are followed inside one signature.
const MAX_ALIAS_DEPTH: usize = 16;

impl RefWriter<'_> {
    fn write(&self, ty: &TypeRef, depth: usize, out: &mut String) {
        use std::fmt::Write;
        match ty {
            TypeRef::String => out.push('s'),
            TypeRef::I32 => out.push_str("i32"),
            TypeRef::I64 => out.push_str("i64"),
            TypeRef::F64 => out.push_str("f64"),
            TypeRef::Bool => out.push('b'),
            TypeRef::Json => out.push('j'),
            TypeRef::Binary => out.push_str("bin"),
            TypeRef::Named(n) => {
                let Some(&i) = self.index.get(n) else {
                    let _ = write!(out, "@{n:?}");
                    return;
                };
                match &self.defs[i].kind {
                    // An alias is what it names: a generated type's class, or a non-generated
                    // type written out.
                    TypeKind::Alias(target) if depth < MAX_ALIAS_DEPTH => {
                        self.write(target, depth + 1, out)
                    }
                    _ => {
                        let _ = write!(out, "#{}", self.classes[i]);
                    }
                }
            }
            TypeRef::Vec(i) => {
                out.push_str("V<");
                self.write(i, depth, out);
                out.push('>');
            }
            TypeRef::Map(i) => {
                out.push_str("M<");
                self.write(i, depth, out);
                out.push('>');
            }
            TypeRef::Boxed(i) => self.write(i, depth, out),
            TypeRef::Expandable(i) => {
                out.push_str("X<");
                self.write(i, depth, out);
                out.push('>');
            }
            TypeRef::Nullable(i) => {
                out.push_str("N<");
                self.write(i, depth, out);
                out.push('>');
            }
        }
    }
}

/// The shape of a definition with references written as classes; `None` for aliases, which
/// are never merged (references to them count as references to what they name).
fn signature(def: &TypeDef, refs: &RefWriter<'_>) -> Option<String> {
    let mut out = String::new();
    match &def.kind {
        TypeKind::Alias(_) => return None,
        TypeKind::Struct(fields) => {
            out.push_str("S{");
            for f in fields {
                if f.rust_name.is_raw() {
                    out.push_str("r#");
                }
                out.push_str(f.rust_name.as_str());
                out.push('=');
                out.push_str(&f.wire_name);
                out.push(if f.required { '!' } else { '?' });
                if f.deprecated {
                    out.push('D');
                }
                match f.integer_wire {
                    Some(crate::model::IntegerWire::Text) => out.push('T'),
                    Some(crate::model::IntegerWire::Lenient) => out.push('L'),
                    None => {}
                }
                refs.write(&f.ty, 0, &mut out);
                out.push(',');
            }
        }
        TypeKind::StringEnum { variants, fallback } => {
            out.push_str("E{");
            for v in variants {
                out.push_str(&v.rust_name);
                out.push('=');
                out.push_str(&v.value);
                out.push('\u{0}');
            }
            out.push_str(fallback);
        }
        TypeKind::OneOf(alts) => {
            out.push_str("O{");
            for a in alts {
                out.push_str(&a.rust_name);
                out.push('=');
                refs.write(&a.ty, 0, &mut out);
                out.push(',');
            }
        }
        TypeKind::Tagged {
            tag,
            variants,
            fallback,
        } => {
            out.push_str("T{");
            out.push_str(tag);
            out.push(':');
            for v in variants {
                out.push_str(&v.rust_name);
                out.push('=');
                out.push_str(&v.tag_value);
                out.push('\u{0}');
                refs.write(&v.ty, 0, &mut out);
                out.push(',');
            }
            out.push_str(fallback);
        }
    }
    out.push('}');
    Some(out)
}

/// Shape classes of all definitions: equal classes, equal shapes. Aliases get a class of
/// their own each.
pub fn shape_classes(defs: &[TypeDef]) -> Vec<usize> {
    let index: HashMap<TypeId, usize> = defs.iter().enumerate().map(|(i, d)| (d.id, i)).collect();
    let mut classes = vec![0usize; defs.len()];
    let mut count = 0usize;
    loop {
        let refs = RefWriter {
            index: &index,
            defs,
            classes: &classes,
        };
        let mut ids: HashMap<(usize, String), usize> = HashMap::new();
        let mut next = Vec::with_capacity(defs.len());
        for (i, def) in defs.iter().enumerate() {
            let sig = signature(def, &refs).unwrap_or_else(|| format!("alias {i}"));
            let n = ids.len();
            next.push(*ids.entry((classes[i], sig)).or_insert(n));
        }
        let new_count = ids.len();
        classes = next;
        if new_count == count {
            return classes;
        }
        count = new_count;
    }
}

/// How many definitions repeat the shape of another one (aliases aside).
pub fn duplicate_count(defs: &[TypeDef]) -> usize {
    let classes = shape_classes(defs);
    let mut seen = HashSet::new();
    defs.iter()
        .zip(&classes)
        .filter(|(d, _)| !matches!(d.kind, TypeKind::Alias(_)))
        .filter(|(_, c)| !seen.insert(**c))
        .count()
}

/// The words two or more names end with in common (`CreateChargeBillingDetails`,
/// `UpdateSourceBillingDetails` → `BillingDetails`).
fn common_suffix(names: &[&str]) -> Vec<String> {
    let split: Vec<Vec<String>> = names.iter().map(|n| split_words(n)).collect();
    let Some(first) = split.first() else {
        return Vec::new();
    };
    let mut n = 0;
    while n < first.len()
        && split
            .iter()
            .all(|w| w.len() > n && w[w.len() - 1 - n] == first[first.len() - 1 - n])
    {
        n += 1;
    }
    first[first.len() - n..].to_vec()
}

/// The longest run of words every name contains (`CreatePaymentIntentPaymentMethodOptions`,
/// `PaymentIntentPaymentMethodOptionsObject` → `PaymentIntentPaymentMethodOptions`), plurals
/// read as singulars (`IssuingAuthorizationStatus`, `ListIssuingAuthorizationsStatus` →
/// `IssuingAuthorizationStatus`), spelled as in the first name; the latest such run when
/// several are as long.
fn common_run(names: &[&str]) -> Vec<String> {
    let split: Vec<Vec<String>> = names
        .iter()
        .map(|n| {
            split_words(n)
                .iter()
                .map(|w| singular(&w.to_ascii_lowercase()))
                .collect()
        })
        .collect();
    let written: Vec<String> = names.first().map(|n| split_words(n)).unwrap_or_default();
    let Some(first) = split.first() else {
        return Vec::new();
    };
    let contains = |words: &[String], run: &[String]| words.windows(run.len()).any(|w| w == run);
    for len in (1..=first.len()).rev() {
        let found = (0..=first.len() - len)
            .rev()
            .find(|&at| split.iter().all(|w| contains(w, &first[at..at + len])));
        if let Some(at) = found {
            return written[at..at + len].to_vec();
        }
    }
    Vec::new()
}

/// A name saying what a shape is: its fields, values or alternatives (at most three).
fn descriptor(def: &TypeDef) -> Option<String> {
    let words: Vec<String> = match &def.kind {
        TypeKind::Struct(fields) => fields.iter().map(|f| camel_words(&f.wire_name)).collect(),
        TypeKind::StringEnum { variants, .. } => {
            if variants.len() == 1 && variants[0].value.is_empty() {
                return Some("EmptyString".into());
            }
            variants.iter().map(|v| variant_name(&v.value)).collect()
        }
        TypeKind::OneOf(alts) => alts.iter().map(|a| a.rust_name.clone()).collect(),
        TypeKind::Tagged { variants, .. } => variants.iter().map(|v| v.rust_name.clone()).collect(),
        TypeKind::Alias(_) => return None,
    };
    if words.is_empty() || words.len() > 3 {
        return None;
    }
    let joined = match &def.kind {
        // A struct of one `address` field is not an address: it is something with an address.
        TypeKind::Struct(_) if words.len() == 1 => format!("With{}", words[0]),
        TypeKind::Struct(_) => {
            let (last, rest) = words.split_last()?;
            format!("{}And{last}", rest.concat())
        }
        TypeKind::StringEnum { .. } | TypeKind::OneOf(_) | TypeKind::Tagged { .. }
            if words.len() > 1 =>
        {
            let (last, rest) = words.split_last()?;
            format!("{}Or{last}", rest.concat())
        }
        _ => words.concat(),
    };
    Some(joined)
}

/// Chooses the name of a class of inline types: what the members' names share when that is
/// two words or more, else what the shape holds followed by the last shared word, else the
/// shortest member name.
fn class_name(members: &[&TypeDef], taken: &HashSet<String>) -> String {
    let names: Vec<&str> = members.iter().map(|d| d.name.as_str()).collect();
    let suffix = common_suffix(&names);
    let mut candidates = Vec::new();
    if suffix.len() >= 2 {
        candidates.push(suffix.concat());
    }
    // A shared phrase that ends one of the names (what that type is, not where it sits).
    let common = common_run(&names);
    let common_is_a_name_end =
        common.len() >= 2 && names.iter().any(|n| n.ends_with(&common.concat()));
    if common_is_a_name_end {
        candidates.push(common.concat());
    }
    // `WithCard` says less than a member's own name when the names share a phrase.
    let weak =
        matches!(&members[0].kind, TypeKind::Struct(f) if f.len() == 1) && common_is_a_name_end;
    if let Some(d) = descriptor(members[0]).filter(|d| d.len() <= 40 && !weak) {
        let last = suffix.last().cloned().unwrap_or_default();
        if d.ends_with(&last) {
            candidates.push(d);
        } else {
            candidates.push(format!("{d}{last}"));
        }
    }
    for c in candidates {
        // A member's own name is free for the class (that member is the one kept).
        let free = !taken.contains(&c) || names.contains(&c.as_str());
        if c.len() <= MAX_TYPE_NAME && free && !c.starts_with(char::is_numeric) {
            return c;
        }
    }
    let mut sorted = names.clone();
    sorted.sort_by(|a, b| a.len().cmp(&b.len()).then(a.cmp(b)));
    sorted[0].to_owned()
}

/// Merges same-shape definitions. `taken` holds the names types must not take (handles,
/// reserved names); it is extended with every name in use.
pub fn merge_same_shapes(
    defs: &mut TypeSpace,
    taken: &mut HashSet<String>,
    diagnostics: &mut Vec<Diagnostic>,
) -> Merged {
    let classes = shape_classes(defs.as_slice());
    taken.extend(defs.iter().map(|d| d.name.clone()));
    let mut groups: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for (i, d) in defs.iter().enumerate() {
        if !matches!(d.kind, TypeKind::Alias(_)) {
            groups.entry(classes[i]).or_default().push(i);
        }
    }
    let mut merges = HashMap::new();
    let mut names = HashMap::new();
    let mut merged = 0;
    for members in groups.values().filter(|m| m.len() > 1) {
        let mut components: Vec<usize> = members
            .iter()
            .copied()
            .filter(|&i| is_component(&defs[i]))
            .collect();
        components.sort_by(|&a, &b| defs[a].name.cmp(&defs[b].name));
        let inline: Vec<usize> = members
            .iter()
            .copied()
            .filter(|&i| !is_component(&defs[i]))
            .collect();
        let (keep, name) = match components.first() {
            Some(&c) => (c, defs[c].name.clone()),
            None => {
                let refs: Vec<&TypeDef> = inline.iter().map(|&i| &defs[i]).collect();
                let name = class_name(&refs, taken);
                let keep = inline
                    .iter()
                    .copied()
                    .find(|&i| defs[i].name == name)
                    .unwrap_or(inline[0]);
                (keep, name)
            }
        };
        taken.insert(name.clone());
        let mut aliased: Vec<String> = Vec::new();
        // Other components with this shape become aliases of the kept one.
        let kept = defs[keep].id;
        for &c in components.iter().skip(1) {
            defs[c].kind = TypeKind::Alias(TypeRef::Named(kept));
            merged += 1;
            aliased.push(defs[c].name.clone());
        }
        let mut places: Vec<String> = Vec::new();
        let mut folded: Vec<String> = Vec::new();
        for &i in &inline {
            places.push(defs[i].pointer.clone());
            if i == keep {
                continue;
            }
            merged += 1;
            folded.push(format!("`{}`", defs[i].name));
            merges.insert(defs[i].id, kept);
        }
        if defs[keep].name != name {
            folded.insert(0, format!("`{}`", defs[keep].name));
            names.insert(kept, name.clone());
        }
        // One note per shape (notes without a pointer: locating thousands of them in a large
        // YAML document would cost more than the whole generation).
        if !folded.is_empty() {
            diagnostics.push(
                Diagnostic::note(
                    Location::default(),
                    format!(
                        "same shape, one type `{name}` (from `{}`): {} renamed to `{name}`",
                        defs[keep].pointer,
                        folded.join(", ")
                    ),
                )
                .with_kind(DiagnosticKind::SameShape),
            );
        }
        if !aliased.is_empty() {
            diagnostics.push(
                Diagnostic::note(
                    Location::default(),
                    format!(
                        "components {} have the shape of `{name}`; they are aliases of it",
                        aliased
                            .iter()
                            .map(|a| format!("`{a}`"))
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                )
                .with_kind(DiagnosticKind::SameShape),
            );
        }
        if places.len() > 1 || (!components.is_empty() && !places.is_empty()) {
            let shown: Vec<String> = places.iter().take(4).map(|p| format!("`{p}`")).collect();
            let more = places.len().saturating_sub(4);
            let line = if more > 0 {
                format!("Also used at {} and {more} more.", shown.join(", "))
            } else {
                format!("Also used at {}.", shown.join(", "))
            };
            let doc = &mut defs[keep].doc;
            *doc = Some(match doc.take() {
                Some(d) => format!("{d}\n\n{line}"),
                None => line,
            });
        }
    }
    Merged {
        merges,
        names,
        merged,
    }
}

/// A free form of `name` within [`MAX_TYPE_NAME`] characters.
pub fn shortened(name: &str, taken: &HashSet<String>) -> Option<String> {
    let words = split_words(name);
    // Later repeats of a word go first (`…PaymentMethodOptions…PaymentMethodOptions…`), the
    // last two words stay.
    let mut seen = HashSet::new();
    let mut deduped = Vec::new();
    for (i, w) in words.iter().enumerate() {
        if seen.insert(w.clone()) || i + 2 >= words.len() {
            deduped.push(w.clone());
        }
    }
    let fits = |ws: &[String]| ws.iter().map(String::len).sum::<usize>() <= MAX_TYPE_NAME;
    if fits(&deduped) && !taken.contains(&deduped.concat()) {
        return Some(deduped.concat());
    }
    // Keep `head` leading words and as many trailing words as fit; try every head length.
    for source in [&deduped, &words] {
        for head in (1..=source.len().min(4)).rev() {
            let mut tail_len = source.len() - head;
            while tail_len > 0 {
                let candidate: Vec<String> = source[..head]
                    .iter()
                    .chain(&source[source.len() - tail_len..])
                    .cloned()
                    .collect();
                if fits(&candidate) {
                    let s = candidate.concat();
                    if !taken.contains(&s) {
                        return Some(s);
                    }
                }
                tail_len -= 1;
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shortens_keeping_the_ends() {
        let long = "UpdateSubscriptionsCustomerPaymentSettingsPaymentMethodOptionsCustomerBalanceInvoicePaymentMethodOptionsParamBankTransferEuBankTransfer";
        let short = shortened(long, &HashSet::new()).unwrap();
        assert!(short.len() <= MAX_TYPE_NAME, "{short}");
        assert!(short.starts_with("Update"), "{short}");
        assert!(short.ends_with("EuBankTransfer"), "{short}");
        let mut taken = HashSet::new();
        taken.insert(short.clone());
        let other = shortened(long, &taken).unwrap();
        assert_ne!(other, short);
        assert!(other.len() <= MAX_TYPE_NAME);
    }

    #[test]
    fn common_suffixes() {
        assert_eq!(
            common_suffix(&["CreateChargeBillingDetails", "UpdateSourceBillingDetails"]),
            vec!["Billing".to_owned(), "Details".to_owned()]
        );
        assert!(common_suffix(&["Abc", "Xyz"]).is_empty());
        assert_eq!(
            common_run(&[
                "CreatePaymentIntentPaymentMethodOptions",
                "PaymentIntentPaymentMethodOptionsObject"
            ])
            .concat(),
            "PaymentIntentPaymentMethodOptions"
        );
        assert_eq!(
            common_run(&[
                "IssuingAuthorizationStatus",
                "ListIssuingAuthorizationsIssuingAuthorizationsStatus"
            ])
            .concat(),
            "IssuingAuthorizationStatus"
        );
    }
}
