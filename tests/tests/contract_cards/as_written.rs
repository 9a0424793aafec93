//! `requests.rs` against the specs as written (merged across files, not normalized).

use wooshpay_tests::prism::Prism;

fn contract_prism() -> &'static Prism {
    Prism::shared_as_written()
}

/// Whether Prism validates request bodies holding an optional enum here: yes, the specs as
/// written have no `null` in their enums.
const ENUM_BODIES_VALIDATED: bool = true;

#[path = "requests.rs"]
mod requests;
