//! `requests.rs` against the generator's normalized document (`generated-client/openapi.json`).

use wooshpay_tests::prism::Prism;

fn contract_prism() -> &'static Prism {
    Prism::shared()
}

/// Whether Prism validates request bodies holding an optional enum here: not in the
/// normalized document (see `prism_refuses_card_bodies_that_break_the_schema`).
const ENUM_BODIES_VALIDATED: bool = false;

#[path = "requests.rs"]
mod requests;
