// @generated from specs/ by `cargo xtask regenerate`.
// Do not edit by hand: change the spec (or the generator) and regenerate.

//! The API's typed test stubs: [`Stub`]'s client and accessors, one stub per operation
//! (the `testing` feature; `Stub` itself is the runtime's `testing.rs`).
#![allow(unused_imports)]
use crate::testing::{OperationStub, RequestKind, ResponseKind, RouteKey, Stub};
impl Stub {
    /// A client answered by this stub: every credential a placeholder, no retries (a
    /// stubbed error is answered once).
    ///
    /// ```no_run
    /// # async fn run() {
    /// use wooshpay::testing::Stub;
    ///
    /// let stub = Stub::new();
    /// // Raw JSON is read by the client's own decoder; `returns` takes a typed value.
    /// stub.balance().get().returns_json(200, r#"{}"#);
    /// let client = stub.client();
    ///
    /// // The code under test calls the API; an operation it did not stub fails the test.
    /// let _ = client.balance().get().await;
    ///
    /// assert_eq!(stub.balance().get().call_count(), 1);
    /// # }
    /// ```
    pub fn client(&self) -> crate::Client {
        match self.builder().build() {
            Ok(client) => client,
            Err(error) => panic!("cannot build the stub's client: {error}"),
        }
    }
    /// A builder for a client answered by this stub (every credential a placeholder, no
    /// retries), to set more options before building it.
    pub fn builder(&self) -> crate::ClientBuilder {
        crate::Client::builder("stub-credential")
            .mock_transport(self.transport())
            .max_retries(0)
    }
    #[cfg(feature = "balance")]
    /// Stubs of the operations on balance.
    pub fn balance(&self) -> BalanceStubs<'_> {
        BalanceStubs { stub: self }
    }
    #[cfg(feature = "beneficiaries")]
    /// Stubs of the operations on beneficiaries.
    pub fn beneficiaries(&self) -> BeneficiariesStubs<'_> {
        BeneficiariesStubs { stub: self }
    }
    #[cfg(feature = "charges")]
    /// Stubs of the operations on charges.
    pub fn charges(&self) -> ChargesStubs<'_> {
        ChargesStubs { stub: self }
    }
    #[cfg(feature = "checkout_sessions")]
    /// Stubs of the operations on checkout sessions.
    pub fn checkout_sessions(&self) -> CheckoutSessionsStubs<'_> {
        CheckoutSessionsStubs {
            stub: self,
        }
    }
    #[cfg(feature = "coupons")]
    /// Stubs of the operations on coupons.
    pub fn coupons(&self) -> CouponsStubs<'_> {
        CouponsStubs { stub: self }
    }
    #[cfg(feature = "customers")]
    /// Stubs of the operations on customers.
    pub fn customers(&self) -> CustomersStubs<'_> {
        CustomersStubs { stub: self }
    }
    #[cfg(feature = "disputes")]
    /// Stubs of the operations on disputes.
    pub fn disputes(&self) -> DisputesStubs<'_> {
        DisputesStubs { stub: self }
    }
    #[cfg(feature = "events")]
    /// Stubs of the operations on events.
    pub fn events(&self) -> EventsStubs<'_> {
        EventsStubs { stub: self }
    }
    #[cfg(feature = "files")]
    /// Stubs of the operations on files.
    pub fn files(&self) -> FilesStubs<'_> {
        FilesStubs { stub: self }
    }
    #[cfg(feature = "invoices")]
    /// Stubs of the operations on invoices.
    pub fn invoices(&self) -> InvoicesStubs<'_> {
        InvoicesStubs { stub: self }
    }
    #[cfg(feature = "issuing_authorizations")]
    /// Stubs of the operations on issuing authorizations.
    pub fn issuing_authorizations(&self) -> IssuingAuthorizationsStubs<'_> {
        IssuingAuthorizationsStubs {
            stub: self,
        }
    }
    #[cfg(feature = "payment_intents")]
    /// Stubs of the operations on payment intents.
    pub fn payment_intents(&self) -> PaymentIntentsStubs<'_> {
        PaymentIntentsStubs { stub: self }
    }
    #[cfg(feature = "payment_links")]
    /// Stubs of the operations on payment links.
    pub fn payment_links(&self) -> PaymentLinksStubs<'_> {
        PaymentLinksStubs { stub: self }
    }
    #[cfg(feature = "payment_methods")]
    /// Stubs of the operations on payment methods.
    pub fn payment_methods(&self) -> PaymentMethodsStubs<'_> {
        PaymentMethodsStubs { stub: self }
    }
    #[cfg(feature = "payouts")]
    /// Stubs of the operations on payouts.
    pub fn payouts(&self) -> PayoutsStubs<'_> {
        PayoutsStubs { stub: self }
    }
    #[cfg(feature = "prices")]
    /// Stubs of the operations on prices.
    pub fn prices(&self) -> PricesStubs<'_> {
        PricesStubs { stub: self }
    }
    #[cfg(feature = "products")]
    /// Stubs of the operations on products.
    pub fn products(&self) -> ProductsStubs<'_> {
        ProductsStubs { stub: self }
    }
    #[cfg(feature = "promotion_codes")]
    /// Stubs of the operations on promotion codes.
    pub fn promotion_codes(&self) -> PromotionCodesStubs<'_> {
        PromotionCodesStubs { stub: self }
    }
    #[cfg(feature = "refunds")]
    /// Stubs of the operations on refunds.
    pub fn refunds(&self) -> RefundsStubs<'_> {
        RefundsStubs { stub: self }
    }
    #[cfg(feature = "setup_intents")]
    /// Stubs of the operations on setup intents.
    pub fn setup_intents(&self) -> SetupIntentsStubs<'_> {
        SetupIntentsStubs { stub: self }
    }
    #[cfg(feature = "subscription_items")]
    /// Stubs of the operations on subscription items.
    pub fn subscription_items(&self) -> SubscriptionItemsStubs<'_> {
        SubscriptionItemsStubs {
            stub: self,
        }
    }
    #[cfg(feature = "subscriptions")]
    /// Stubs of the operations on subscriptions.
    pub fn subscriptions(&self) -> SubscriptionsStubs<'_> {
        SubscriptionsStubs { stub: self }
    }
    #[cfg(feature = "webhook_endpoints")]
    /// Stubs of the operations on webhook endpoints.
    pub fn webhook_endpoints(&self) -> WebhookEndpointsStubs<'_> {
        WebhookEndpointsStubs {
            stub: self,
        }
    }
}

#[cfg(feature = "balance")]
/// Stubs of the operations on balance; get it with [`Stub::balance`].
#[derive(Debug, Clone, Copy)]
pub struct BalanceStubs<'a> {
    stub: &'a Stub,
}

#[cfg(feature = "balance")]
impl BalanceStubs<'_> {
    /// Stubs [`BalanceResource::get`](crate::resources::BalanceResource::get) (`GET /v1/balance`).
    pub fn get(&self) -> OperationStub<(), crate::types::Balance> {
        self.stub
            .operation(
                RouteKey::new(
                    "GET",
                    "/v1/balance",
                    "balance.get",
                    RequestKind::None,
                    ResponseKind::Json,
                ),
            )
    }
}

#[cfg(feature = "beneficiaries")]
/// Stubs of the operations on beneficiaries; get it with [`Stub::beneficiaries`].
#[derive(Debug, Clone, Copy)]
pub struct BeneficiariesStubs<'a> {
    stub: &'a Stub,
}

#[cfg(feature = "beneficiaries")]
impl BeneficiariesStubs<'_> {
    /// Stubs [`BeneficiariesResource::create`](crate::resources::BeneficiariesResource::create) (`POST /v1/beneficiaries`).
    pub fn create(
        &self,
    ) -> OperationStub<crate::types::BeneficiaryData, crate::types::Beneficiary> {
        self.stub
            .operation(
                RouteKey::new(
                    "POST",
                    "/v1/beneficiaries",
                    "beneficiaries.create",
                    RequestKind::Json,
                    ResponseKind::Json,
                ),
            )
    }
    /// Stubs [`BeneficiariesResource::retrieve`](crate::resources::BeneficiariesResource::retrieve) (`GET /v1/beneficiaries/{beneficiary_id}`).
    pub fn retrieve(&self) -> OperationStub<(), crate::types::Beneficiary> {
        self.stub
            .operation(
                RouteKey::new(
                    "GET",
                    "/v1/beneficiaries/{beneficiary_id}",
                    "beneficiaries.retrieve",
                    RequestKind::None,
                    ResponseKind::Json,
                ),
            )
    }
}

#[cfg(feature = "charges")]
/// Stubs of the operations on charges; get it with [`Stub::charges`].
#[derive(Debug, Clone, Copy)]
pub struct ChargesStubs<'a> {
    stub: &'a Stub,
}

#[cfg(feature = "charges")]
impl ChargesStubs<'_> {
    /// Stubs [`ChargesResource::list`](crate::resources::ChargesResource::list) (`GET /v1/charges/list`).
    pub fn list(
        &self,
    ) -> OperationStub<crate::types::ListCharges, crate::types::ListChargesResponse> {
        self.stub
            .operation(
                RouteKey::new(
                    "GET",
                    "/v1/charges/list",
                    "charges.list",
                    RequestKind::Json,
                    ResponseKind::Json,
                ),
            )
    }
    /// Stubs [`ChargesResource::retrieve`](crate::resources::ChargesResource::retrieve) (`GET /v1/charges/{id}`).
    pub fn retrieve(&self) -> OperationStub<(), crate::types::Charge> {
        self.stub
            .operation(
                RouteKey::new(
                    "GET",
                    "/v1/charges/{id}",
                    "charges.retrieve",
                    RequestKind::None,
                    ResponseKind::Json,
                ),
            )
    }
}

#[cfg(feature = "checkout_sessions")]
/// Stubs of the operations on checkout sessions; get it with [`Stub::checkout_sessions`].
#[derive(Debug, Clone, Copy)]
pub struct CheckoutSessionsStubs<'a> {
    stub: &'a Stub,
}

#[cfg(feature = "checkout_sessions")]
impl CheckoutSessionsStubs<'_> {
    /// Stubs [`CheckoutSessionsResource::create`](crate::resources::CheckoutSessionsResource::create) (`POST /v1/checkout/sessions`).
    pub fn create(
        &self,
    ) -> OperationStub<crate::types::CreateSession, crate::types::CheckoutSession> {
        self.stub
            .operation(
                RouteKey::new(
                    "POST",
                    "/v1/checkout/sessions",
                    "checkout_sessions.create",
                    RequestKind::Json,
                    ResponseKind::Json,
                ),
            )
    }
    /// Stubs [`CheckoutSessionsResource::expire`](crate::resources::CheckoutSessionsResource::expire) (`POST /v1/checkout/sessions/{id}/expire`).
    pub fn expire(&self) -> OperationStub<(), crate::types::CheckoutSession> {
        self.stub
            .operation(
                RouteKey::new(
                    "POST",
                    "/v1/checkout/sessions/{id}/expire",
                    "checkout_sessions.expire",
                    RequestKind::None,
                    ResponseKind::Json,
                ),
            )
    }
    /// Stubs [`CheckoutSessionsResource::list`](crate::resources::CheckoutSessionsResource::list) (`GET /v1/checkout/sessions/list`).
    pub fn list(
        &self,
    ) -> OperationStub<
        crate::types::ListCheckoutSessions,
        crate::types::ListCheckoutSessionsResponse,
    > {
        self.stub
            .operation(
                RouteKey::new(
                    "GET",
                    "/v1/checkout/sessions/list",
                    "checkout_sessions.list",
                    RequestKind::Json,
                    ResponseKind::Json,
                ),
            )
    }
    /// Stubs [`CheckoutSessionsResource::retrieve`](crate::resources::CheckoutSessionsResource::retrieve) (`GET /v1/checkout/sessions/{id}`).
    pub fn retrieve(&self) -> OperationStub<(), crate::types::CheckoutSession> {
        self.stub
            .operation(
                RouteKey::new(
                    "GET",
                    "/v1/checkout/sessions/{id}",
                    "checkout_sessions.retrieve",
                    RequestKind::None,
                    ResponseKind::Json,
                ),
            )
    }
}

#[cfg(feature = "coupons")]
/// Stubs of the operations on coupons; get it with [`Stub::coupons`].
#[derive(Debug, Clone, Copy)]
pub struct CouponsStubs<'a> {
    stub: &'a Stub,
}

#[cfg(feature = "coupons")]
impl CouponsStubs<'_> {
    /// Stubs [`CouponsResource::create`](crate::resources::CouponsResource::create) (`POST /v1/coupons`).
    pub fn create(
        &self,
    ) -> OperationStub<crate::types::CreateCoupon, crate::types::Coupon> {
        self.stub
            .operation(
                RouteKey::new(
                    "POST",
                    "/v1/coupons",
                    "coupons.create",
                    RequestKind::Json,
                    ResponseKind::Json,
                ),
            )
    }
    /// Stubs [`CouponsResource::retrieve`](crate::resources::CouponsResource::retrieve) (`GET /v1/coupons/{id}`).
    pub fn retrieve(&self) -> OperationStub<(), crate::types::Coupon> {
        self.stub
            .operation(
                RouteKey::new(
                    "GET",
                    "/v1/coupons/{id}",
                    "coupons.retrieve",
                    RequestKind::None,
                    ResponseKind::Json,
                ),
            )
    }
}

#[cfg(feature = "customers")]
/// Stubs of the operations on customers; get it with [`Stub::customers`].
#[derive(Debug, Clone, Copy)]
pub struct CustomersStubs<'a> {
    stub: &'a Stub,
}

#[cfg(feature = "customers")]
impl CustomersStubs<'_> {
    /// Stubs [`CustomersResource::create`](crate::resources::CustomersResource::create) (`POST /v1/customers`).
    pub fn create(
        &self,
    ) -> OperationStub<crate::types::CreateCustomer, crate::types::Customer> {
        self.stub
            .operation(
                RouteKey::new(
                    "POST",
                    "/v1/customers",
                    "customers.create",
                    RequestKind::Json,
                    ResponseKind::Json,
                ),
            )
    }
    /// Stubs [`CustomersResource::retrieve`](crate::resources::CustomersResource::retrieve) (`GET /v1/customers/{id}`).
    pub fn retrieve(&self) -> OperationStub<(), crate::types::Customer> {
        self.stub
            .operation(
                RouteKey::new(
                    "GET",
                    "/v1/customers/{id}",
                    "customers.retrieve",
                    RequestKind::None,
                    ResponseKind::Json,
                ),
            )
    }
}

#[cfg(feature = "disputes")]
/// Stubs of the operations on disputes; get it with [`Stub::disputes`].
#[derive(Debug, Clone, Copy)]
pub struct DisputesStubs<'a> {
    stub: &'a Stub,
}

#[cfg(feature = "disputes")]
impl DisputesStubs<'_> {
    /// Stubs [`DisputesResource::close`](crate::resources::DisputesResource::close) (`POST /v1/disputes/{id}/close`).
    pub fn close(&self) -> OperationStub<(), crate::types::Dispute> {
        self.stub
            .operation(
                RouteKey::new(
                    "POST",
                    "/v1/disputes/{id}/close",
                    "disputes.close",
                    RequestKind::None,
                    ResponseKind::Json,
                ),
            )
    }
    /// Stubs [`DisputesResource::list`](crate::resources::DisputesResource::list) (`GET /v1/disputes/list`).
    pub fn list(
        &self,
    ) -> OperationStub<crate::types::ListDisputes, crate::types::ListDisputesResponse> {
        self.stub
            .operation(
                RouteKey::new(
                    "GET",
                    "/v1/disputes/list",
                    "disputes.list",
                    RequestKind::Json,
                    ResponseKind::Json,
                ),
            )
    }
    /// Stubs [`DisputesResource::retrieve`](crate::resources::DisputesResource::retrieve) (`GET /v1/disputes/{id}`).
    pub fn retrieve(&self) -> OperationStub<(), crate::types::Dispute> {
        self.stub
            .operation(
                RouteKey::new(
                    "GET",
                    "/v1/disputes/{id}",
                    "disputes.retrieve",
                    RequestKind::None,
                    ResponseKind::Json,
                ),
            )
    }
    /// Stubs [`DisputesResource::update`](crate::resources::DisputesResource::update) (`POST /v1/disputes/{id}`).
    pub fn update(
        &self,
    ) -> OperationStub<crate::types::UpdateDispute, crate::types::Dispute> {
        self.stub
            .operation(
                RouteKey::new(
                    "POST",
                    "/v1/disputes/{id}",
                    "disputes.update",
                    RequestKind::Json,
                    ResponseKind::Json,
                ),
            )
    }
}

#[cfg(feature = "events")]
/// Stubs of the operations on events; get it with [`Stub::events`].
#[derive(Debug, Clone, Copy)]
pub struct EventsStubs<'a> {
    stub: &'a Stub,
}

#[cfg(feature = "events")]
impl EventsStubs<'_> {
    /// Stubs [`EventsResource::retrieve`](crate::resources::EventsResource::retrieve) (`GET /v1/events/{id}`).
    pub fn retrieve(&self) -> OperationStub<(), crate::types::Event> {
        self.stub
            .operation(
                RouteKey::new(
                    "GET",
                    "/v1/events/{id}",
                    "events.retrieve",
                    RequestKind::None,
                    ResponseKind::Json,
                ),
            )
    }
}

#[cfg(feature = "files")]
/// Stubs of the operations on files; get it with [`Stub::files`].
#[derive(Debug, Clone, Copy)]
pub struct FilesStubs<'a> {
    stub: &'a Stub,
}

#[cfg(feature = "files")]
impl FilesStubs<'_> {
    /// Stubs [`FilesResource::retrieve`](crate::resources::FilesResource::retrieve) (`GET /v1/files/{id}`).
    pub fn retrieve(&self) -> OperationStub<(), crate::types::File> {
        self.stub
            .operation(
                RouteKey::new(
                    "GET",
                    "/v1/files/{id}",
                    "files.retrieve",
                    RequestKind::None,
                    ResponseKind::Json,
                ),
            )
    }
}

#[cfg(feature = "invoices")]
/// Stubs of the operations on invoices; get it with [`Stub::invoices`].
#[derive(Debug, Clone, Copy)]
pub struct InvoicesStubs<'a> {
    stub: &'a Stub,
}

#[cfg(feature = "invoices")]
impl InvoicesStubs<'_> {
    /// Stubs [`InvoicesResource::list`](crate::resources::InvoicesResource::list) (`GET /v1/invoices`).
    pub fn list(&self) -> OperationStub<(), crate::types::ListInvoicesResponse> {
        self.stub
            .operation(
                RouteKey::new(
                    "GET",
                    "/v1/invoices",
                    "invoices.list",
                    RequestKind::None,
                    ResponseKind::Json,
                ),
            )
    }
}

#[cfg(feature = "issuing_authorizations")]
/// Stubs of the operations on issuing authorizations; get it with [`Stub::issuing_authorizations`].
#[derive(Debug, Clone, Copy)]
pub struct IssuingAuthorizationsStubs<'a> {
    stub: &'a Stub,
}

#[cfg(feature = "issuing_authorizations")]
impl IssuingAuthorizationsStubs<'_> {
    /// Stubs [`IssuingAuthorizationsResource::list`](crate::resources::IssuingAuthorizationsResource::list) (`GET /v1/issuing/authorizations`).
    pub fn list(
        &self,
    ) -> OperationStub<(), crate::types::ListIssuingAuthorizationsResponse> {
        self.stub
            .operation(
                RouteKey::new(
                    "GET",
                    "/v1/issuing/authorizations",
                    "issuing_authorizations.list",
                    RequestKind::None,
                    ResponseKind::Json,
                ),
            )
    }
    /// Stubs [`IssuingAuthorizationsResource::retrieve`](crate::resources::IssuingAuthorizationsResource::retrieve) (`GET /v1/issuing/authorizations/{id}`).
    pub fn retrieve(&self) -> OperationStub<(), crate::types::IssuingAuthorization> {
        self.stub
            .operation(
                RouteKey::new(
                    "GET",
                    "/v1/issuing/authorizations/{id}",
                    "issuing_authorizations.retrieve",
                    RequestKind::None,
                    ResponseKind::Json,
                ),
            )
    }
}

#[cfg(feature = "payment_intents")]
/// Stubs of the operations on payment intents; get it with [`Stub::payment_intents`].
#[derive(Debug, Clone, Copy)]
pub struct PaymentIntentsStubs<'a> {
    stub: &'a Stub,
}

#[cfg(feature = "payment_intents")]
impl PaymentIntentsStubs<'_> {
    /// Stubs [`PaymentIntentsResource::cancel`](crate::resources::PaymentIntentsResource::cancel) (`POST /v1/payment_intents/{id}/cancel`).
    pub fn cancel(
        &self,
    ) -> OperationStub<crate::types::CancelPaymentIntent, crate::types::PaymentIntent> {
        self.stub
            .operation(
                RouteKey::new(
                    "POST",
                    "/v1/payment_intents/{id}/cancel",
                    "payment_intents.cancel",
                    RequestKind::Json,
                    ResponseKind::Json,
                ),
            )
    }
    /// Stubs [`PaymentIntentsResource::capture`](crate::resources::PaymentIntentsResource::capture) (`POST /v1/payment_intents/{id}/capture`).
    pub fn capture(
        &self,
    ) -> OperationStub<crate::types::CapturePaymentIntent, crate::types::PaymentIntent> {
        self.stub
            .operation(
                RouteKey::new(
                    "POST",
                    "/v1/payment_intents/{id}/capture",
                    "payment_intents.capture",
                    RequestKind::Json,
                    ResponseKind::Json,
                ),
            )
    }
    /// Stubs [`PaymentIntentsResource::confirm`](crate::resources::PaymentIntentsResource::confirm) (`POST /v1/payment_intents/{id}/confirm`).
    pub fn confirm(
        &self,
    ) -> OperationStub<crate::types::ConfirmPaymentIntent, crate::types::PaymentIntent> {
        self.stub
            .operation(
                RouteKey::new(
                    "POST",
                    "/v1/payment_intents/{id}/confirm",
                    "payment_intents.confirm",
                    RequestKind::Json,
                    ResponseKind::Json,
                ),
            )
    }
    /// Stubs [`PaymentIntentsResource::list`](crate::resources::PaymentIntentsResource::list) (`GET /v1/payment_intents`).
    pub fn list(
        &self,
    ) -> OperationStub<crate::types::ListRequest, crate::types::PaymentIntentsResponse> {
        self.stub
            .operation(
                RouteKey::new(
                    "GET",
                    "/v1/payment_intents",
                    "payment_intents.list",
                    RequestKind::Json,
                    ResponseKind::Json,
                ),
            )
    }
    /// Stubs [`PaymentIntentsResource::create`](crate::resources::PaymentIntentsResource::create) (`POST /v1/payment_intents`).
    pub fn create(
        &self,
    ) -> OperationStub<crate::types::CreatePaymentIntent, crate::types::PaymentIntent> {
        self.stub
            .operation(
                RouteKey::new(
                    "POST",
                    "/v1/payment_intents",
                    "payment_intents.create",
                    RequestKind::Json,
                    ResponseKind::Json,
                ),
            )
    }
    /// Stubs [`PaymentIntentsResource::retrieve`](crate::resources::PaymentIntentsResource::retrieve) (`GET /v1/payment_intents/{id}`).
    pub fn retrieve(&self) -> OperationStub<(), crate::types::PaymentIntent> {
        self.stub
            .operation(
                RouteKey::new(
                    "GET",
                    "/v1/payment_intents/{id}",
                    "payment_intents.retrieve",
                    RequestKind::None,
                    ResponseKind::Json,
                ),
            )
    }
    /// Stubs [`PaymentIntentsResource::update`](crate::resources::PaymentIntentsResource::update) (`POST /v1/payment_intents/{id}`).
    pub fn update(
        &self,
    ) -> OperationStub<crate::types::UpdatePaymentIntent, crate::types::PaymentIntent> {
        self.stub
            .operation(
                RouteKey::new(
                    "POST",
                    "/v1/payment_intents/{id}",
                    "payment_intents.update",
                    RequestKind::Json,
                    ResponseKind::Json,
                ),
            )
    }
    /// Stubs [`PaymentIntentsResource::search`](crate::resources::PaymentIntentsResource::search) (`GET /v1/payment_intents/search`).
    pub fn search(&self) -> OperationStub<(), crate::types::PaymentIntentsResponse> {
        self.stub
            .operation(
                RouteKey::new(
                    "GET",
                    "/v1/payment_intents/search",
                    "payment_intents.search",
                    RequestKind::None,
                    ResponseKind::Json,
                ),
            )
    }
}

#[cfg(feature = "payment_links")]
/// Stubs of the operations on payment links; get it with [`Stub::payment_links`].
#[derive(Debug, Clone, Copy)]
pub struct PaymentLinksStubs<'a> {
    stub: &'a Stub,
}

#[cfg(feature = "payment_links")]
impl PaymentLinksStubs<'_> {
    /// Stubs [`PaymentLinksResource::list_line_items`](crate::resources::PaymentLinksResource::list_line_items) (`GET /v1/payment_links/{id}/line_items`).
    pub fn list_line_items(
        &self,
    ) -> OperationStub<crate::types::ListWebhooks, crate::types::PaymentLinkLineItems> {
        self.stub
            .operation(
                RouteKey::new(
                    "GET",
                    "/v1/payment_links/{id}/line_items",
                    "payment_links.list_line_items",
                    RequestKind::Json,
                    ResponseKind::Json,
                ),
            )
    }
    /// Stubs [`PaymentLinksResource::list`](crate::resources::PaymentLinksResource::list) (`GET /v1/payment_links`).
    pub fn list(
        &self,
    ) -> OperationStub<
        crate::types::ListPaymentLinks,
        crate::types::ListPaymentLinksResponse,
    > {
        self.stub
            .operation(
                RouteKey::new(
                    "GET",
                    "/v1/payment_links",
                    "payment_links.list",
                    RequestKind::Json,
                    ResponseKind::Json,
                ),
            )
    }
    /// Stubs [`PaymentLinksResource::retrieve`](crate::resources::PaymentLinksResource::retrieve) (`GET /v1/payment_links/{id}`).
    pub fn retrieve(&self) -> OperationStub<(), crate::types::PaymentLink> {
        self.stub
            .operation(
                RouteKey::new(
                    "GET",
                    "/v1/payment_links/{id}",
                    "payment_links.retrieve",
                    RequestKind::None,
                    ResponseKind::Json,
                ),
            )
    }
    /// Stubs [`PaymentLinksResource::update`](crate::resources::PaymentLinksResource::update) (`POST /v1/payment_links/{id}`).
    pub fn update(
        &self,
    ) -> OperationStub<crate::types::UpdatePaymentLink, crate::types::PaymentLink> {
        self.stub
            .operation(
                RouteKey::new(
                    "POST",
                    "/v1/payment_links/{id}",
                    "payment_links.update",
                    RequestKind::Json,
                    ResponseKind::Json,
                ),
            )
    }
}

#[cfg(feature = "payment_methods")]
/// Stubs of the operations on payment methods; get it with [`Stub::payment_methods`].
#[derive(Debug, Clone, Copy)]
pub struct PaymentMethodsStubs<'a> {
    stub: &'a Stub,
}

#[cfg(feature = "payment_methods")]
impl PaymentMethodsStubs<'_> {
    /// Stubs [`PaymentMethodsResource::attach`](crate::resources::PaymentMethodsResource::attach) (`POST /v1/payment_methods/{paymentmethod_id}/attach`).
    pub fn attach(
        &self,
    ) -> OperationStub<crate::types::AttachPaymentMethod, crate::types::PaymentMethod> {
        self.stub
            .operation(
                RouteKey::new(
                    "POST",
                    "/v1/payment_methods/{paymentmethod_id}/attach",
                    "payment_methods.attach",
                    RequestKind::Json,
                    ResponseKind::Json,
                ),
            )
    }
    /// Stubs [`PaymentMethodsResource::list`](crate::resources::PaymentMethodsResource::list) (`GET /v1/payment_methods`).
    pub fn list(&self) -> OperationStub<(), crate::types::PaymentMethodsResponse> {
        self.stub
            .operation(
                RouteKey::new(
                    "GET",
                    "/v1/payment_methods",
                    "payment_methods.list",
                    RequestKind::None,
                    ResponseKind::Json,
                ),
            )
    }
    /// Stubs [`PaymentMethodsResource::create`](crate::resources::PaymentMethodsResource::create) (`POST /v1/payment_methods`).
    pub fn create(
        &self,
    ) -> OperationStub<crate::types::CreatePaymentMethod, crate::types::PaymentMethod> {
        self.stub
            .operation(
                RouteKey::new(
                    "POST",
                    "/v1/payment_methods",
                    "payment_methods.create",
                    RequestKind::Json,
                    ResponseKind::Json,
                ),
            )
    }
    /// Stubs [`PaymentMethodsResource::detach`](crate::resources::PaymentMethodsResource::detach) (`POST /v1/payment_methods/{paymentmethod_id}/detach`).
    pub fn detach(&self) -> OperationStub<(), crate::types::PaymentMethod> {
        self.stub
            .operation(
                RouteKey::new(
                    "POST",
                    "/v1/payment_methods/{paymentmethod_id}/detach",
                    "payment_methods.detach",
                    RequestKind::None,
                    ResponseKind::Json,
                ),
            )
    }
    /// Stubs [`PaymentMethodsResource::list_for_customer`](crate::resources::PaymentMethodsResource::list_for_customer) (`GET /v1/customers/{customer_id}/payment_methods`).
    pub fn list_for_customer(
        &self,
    ) -> OperationStub<(), crate::types::PaymentMethodsResponse> {
        self.stub
            .operation(
                RouteKey::new(
                    "GET",
                    "/v1/customers/{customer_id}/payment_methods",
                    "payment_methods.list_for_customer",
                    RequestKind::None,
                    ResponseKind::Json,
                ),
            )
    }
    /// Stubs [`PaymentMethodsResource::retrieve`](crate::resources::PaymentMethodsResource::retrieve) (`GET /v1/payment_methods/{id}`).
    pub fn retrieve(&self) -> OperationStub<(), crate::types::PaymentMethod> {
        self.stub
            .operation(
                RouteKey::new(
                    "GET",
                    "/v1/payment_methods/{id}",
                    "payment_methods.retrieve",
                    RequestKind::None,
                    ResponseKind::Json,
                ),
            )
    }
    /// Stubs [`PaymentMethodsResource::update`](crate::resources::PaymentMethodsResource::update) (`POST /v1/payment_methods/{id}`).
    pub fn update(
        &self,
    ) -> OperationStub<crate::types::UpdatePaymentMethod, crate::types::PaymentMethod> {
        self.stub
            .operation(
                RouteKey::new(
                    "POST",
                    "/v1/payment_methods/{id}",
                    "payment_methods.update",
                    RequestKind::Json,
                    ResponseKind::Json,
                ),
            )
    }
}

#[cfg(feature = "payouts")]
/// Stubs of the operations on payouts; get it with [`Stub::payouts`].
#[derive(Debug, Clone, Copy)]
pub struct PayoutsStubs<'a> {
    stub: &'a Stub,
}

#[cfg(feature = "payouts")]
impl PayoutsStubs<'_> {
    /// Stubs [`PayoutsResource::create`](crate::resources::PayoutsResource::create) (`POST /v1/payouts`).
    pub fn create(
        &self,
    ) -> OperationStub<crate::types::CreatePayout, crate::types::Payout> {
        self.stub
            .operation(
                RouteKey::new(
                    "POST",
                    "/v1/payouts",
                    "payouts.create",
                    RequestKind::Json,
                    ResponseKind::Json,
                ),
            )
    }
    /// Stubs [`PayoutsResource::retrieve`](crate::resources::PayoutsResource::retrieve) (`GET /v1/payouts/{id}`).
    pub fn retrieve(&self) -> OperationStub<(), crate::types::Payout> {
        self.stub
            .operation(
                RouteKey::new(
                    "GET",
                    "/v1/payouts/{id}",
                    "payouts.retrieve",
                    RequestKind::None,
                    ResponseKind::Json,
                ),
            )
    }
    /// Stubs [`PayoutsResource::update`](crate::resources::PayoutsResource::update) (`POST /v1/payouts/{id}`).
    pub fn update(
        &self,
    ) -> OperationStub<crate::types::UpdatePayout, crate::types::Payout> {
        self.stub
            .operation(
                RouteKey::new(
                    "POST",
                    "/v1/payouts/{id}",
                    "payouts.update",
                    RequestKind::Json,
                    ResponseKind::Json,
                ),
            )
    }
}

#[cfg(feature = "prices")]
/// Stubs of the operations on prices; get it with [`Stub::prices`].
#[derive(Debug, Clone, Copy)]
pub struct PricesStubs<'a> {
    stub: &'a Stub,
}

#[cfg(feature = "prices")]
impl PricesStubs<'_> {
    /// Stubs [`PricesResource::create`](crate::resources::PricesResource::create) (`POST /v1/prices`).
    pub fn create(
        &self,
    ) -> OperationStub<crate::types::CreatePrice, crate::types::Price> {
        self.stub
            .operation(
                RouteKey::new(
                    "POST",
                    "/v1/prices",
                    "prices.create",
                    RequestKind::Json,
                    ResponseKind::Json,
                ),
            )
    }
    /// Stubs [`PricesResource::retrieve`](crate::resources::PricesResource::retrieve) (`GET /v1/prices/{id}`).
    pub fn retrieve(&self) -> OperationStub<(), crate::types::Price> {
        self.stub
            .operation(
                RouteKey::new(
                    "GET",
                    "/v1/prices/{id}",
                    "prices.retrieve",
                    RequestKind::None,
                    ResponseKind::Json,
                ),
            )
    }
}

#[cfg(feature = "products")]
/// Stubs of the operations on products; get it with [`Stub::products`].
#[derive(Debug, Clone, Copy)]
pub struct ProductsStubs<'a> {
    stub: &'a Stub,
}

#[cfg(feature = "products")]
impl ProductsStubs<'_> {
    /// Stubs [`ProductsResource::create`](crate::resources::ProductsResource::create) (`POST /v1/products`).
    pub fn create(
        &self,
    ) -> OperationStub<crate::types::CreateProduct, crate::types::Product> {
        self.stub
            .operation(
                RouteKey::new(
                    "POST",
                    "/v1/products",
                    "products.create",
                    RequestKind::Json,
                    ResponseKind::Json,
                ),
            )
    }
}

#[cfg(feature = "promotion_codes")]
/// Stubs of the operations on promotion codes; get it with [`Stub::promotion_codes`].
#[derive(Debug, Clone, Copy)]
pub struct PromotionCodesStubs<'a> {
    stub: &'a Stub,
}

#[cfg(feature = "promotion_codes")]
impl PromotionCodesStubs<'_> {
    /// Stubs [`PromotionCodesResource::create`](crate::resources::PromotionCodesResource::create) (`POST /v1/promotion_code`).
    pub fn create(
        &self,
    ) -> OperationStub<crate::types::CreatePromotionCode, crate::types::PromotionCode> {
        self.stub
            .operation(
                RouteKey::new(
                    "POST",
                    "/v1/promotion_code",
                    "promotion_codes.create",
                    RequestKind::Json,
                    ResponseKind::Json,
                ),
            )
    }
}

#[cfg(feature = "refunds")]
/// Stubs of the operations on refunds; get it with [`Stub::refunds`].
#[derive(Debug, Clone, Copy)]
pub struct RefundsStubs<'a> {
    stub: &'a Stub,
}

#[cfg(feature = "refunds")]
impl RefundsStubs<'_> {
    /// Stubs [`RefundsResource::create`](crate::resources::RefundsResource::create) (`POST /v1/refunds`).
    pub fn create(
        &self,
    ) -> OperationStub<crate::types::CreateRefund, crate::types::Refund> {
        self.stub
            .operation(
                RouteKey::new(
                    "POST",
                    "/v1/refunds",
                    "refunds.create",
                    RequestKind::Json,
                    ResponseKind::Json,
                ),
            )
    }
    /// Stubs [`RefundsResource::retrieve`](crate::resources::RefundsResource::retrieve) (`GET /v1/refunds/{refund_id}`).
    pub fn retrieve(&self) -> OperationStub<(), crate::types::Refund> {
        self.stub
            .operation(
                RouteKey::new(
                    "GET",
                    "/v1/refunds/{refund_id}",
                    "refunds.retrieve",
                    RequestKind::None,
                    ResponseKind::Json,
                ),
            )
    }
}

#[cfg(feature = "setup_intents")]
/// Stubs of the operations on setup intents; get it with [`Stub::setup_intents`].
#[derive(Debug, Clone, Copy)]
pub struct SetupIntentsStubs<'a> {
    stub: &'a Stub,
}

#[cfg(feature = "setup_intents")]
impl SetupIntentsStubs<'_> {
    /// Stubs [`SetupIntentsResource::confirm`](crate::resources::SetupIntentsResource::confirm) (`POST /v1/setup_intents/{id}/confirm`).
    pub fn confirm(
        &self,
    ) -> OperationStub<crate::types::ConfirmSetupIntent, crate::types::SetupIntent> {
        self.stub
            .operation(
                RouteKey::new(
                    "POST",
                    "/v1/setup_intents/{id}/confirm",
                    "setup_intents.confirm",
                    RequestKind::Json,
                    ResponseKind::Json,
                ),
            )
    }
    /// Stubs [`SetupIntentsResource::create`](crate::resources::SetupIntentsResource::create) (`POST /v1/setup_intents`).
    pub fn create(
        &self,
    ) -> OperationStub<crate::types::CreateSetupIntent, crate::types::SetupIntent> {
        self.stub
            .operation(
                RouteKey::new(
                    "POST",
                    "/v1/setup_intents",
                    "setup_intents.create",
                    RequestKind::Json,
                    ResponseKind::Json,
                ),
            )
    }
    /// Stubs [`SetupIntentsResource::update`](crate::resources::SetupIntentsResource::update) (`POST /v1/setup_intents/{id}`).
    pub fn update(
        &self,
    ) -> OperationStub<crate::types::UpdateSetupIntent, crate::types::SetupIntent> {
        self.stub
            .operation(
                RouteKey::new(
                    "POST",
                    "/v1/setup_intents/{id}",
                    "setup_intents.update",
                    RequestKind::Json,
                    ResponseKind::Json,
                ),
            )
    }
}

#[cfg(feature = "subscription_items")]
/// Stubs of the operations on subscription items; get it with [`Stub::subscription_items`].
#[derive(Debug, Clone, Copy)]
pub struct SubscriptionItemsStubs<'a> {
    stub: &'a Stub,
}

#[cfg(feature = "subscription_items")]
impl SubscriptionItemsStubs<'_> {
    /// Stubs [`SubscriptionItemsResource::create`](crate::resources::SubscriptionItemsResource::create) (`POST /v1/subscription_items`).
    pub fn create(
        &self,
    ) -> OperationStub<
        crate::types::CreateSubscriptionItem,
        crate::types::SubscriptionItem,
    > {
        self.stub
            .operation(
                RouteKey::new(
                    "POST",
                    "/v1/subscription_items",
                    "subscription_items.create",
                    RequestKind::Json,
                    ResponseKind::Json,
                ),
            )
    }
}

#[cfg(feature = "subscriptions")]
/// Stubs of the operations on subscriptions; get it with [`Stub::subscriptions`].
#[derive(Debug, Clone, Copy)]
pub struct SubscriptionsStubs<'a> {
    stub: &'a Stub,
}

#[cfg(feature = "subscriptions")]
impl SubscriptionsStubs<'_> {
    /// Stubs [`SubscriptionsResource::create`](crate::resources::SubscriptionsResource::create) (`POST /v1/subscriptions`).
    pub fn create(
        &self,
    ) -> OperationStub<crate::types::CreateSubscription, crate::types::Subscription> {
        self.stub
            .operation(
                RouteKey::new(
                    "POST",
                    "/v1/subscriptions",
                    "subscriptions.create",
                    RequestKind::Json,
                    ResponseKind::Json,
                ),
            )
    }
    /// Stubs [`SubscriptionsResource::update`](crate::resources::SubscriptionsResource::update) (`POST /v1/subscriptions/{id}`).
    pub fn update(
        &self,
    ) -> OperationStub<crate::types::UpdateSubscription, crate::types::Subscription> {
        self.stub
            .operation(
                RouteKey::new(
                    "POST",
                    "/v1/subscriptions/{id}",
                    "subscriptions.update",
                    RequestKind::Json,
                    ResponseKind::Json,
                ),
            )
    }
}

#[cfg(feature = "webhook_endpoints")]
/// Stubs of the operations on webhook endpoints; get it with [`Stub::webhook_endpoints`].
#[derive(Debug, Clone, Copy)]
pub struct WebhookEndpointsStubs<'a> {
    stub: &'a Stub,
}

#[cfg(feature = "webhook_endpoints")]
impl WebhookEndpointsStubs<'_> {
    /// Stubs [`WebhookEndpointsResource::list`](crate::resources::WebhookEndpointsResource::list) (`GET /v1/webhook_endpoints`).
    pub fn list(&self) -> OperationStub<(), crate::types::ListWebhooksResponse> {
        self.stub
            .operation(
                RouteKey::new(
                    "GET",
                    "/v1/webhook_endpoints",
                    "webhook_endpoints.list",
                    RequestKind::None,
                    ResponseKind::Json,
                ),
            )
    }
    /// Stubs [`WebhookEndpointsResource::create`](crate::resources::WebhookEndpointsResource::create) (`POST /v1/webhook_endpoints`).
    pub fn create(
        &self,
    ) -> OperationStub<crate::types::CreateWebhook, crate::types::WebhookEndpoint> {
        self.stub
            .operation(
                RouteKey::new(
                    "POST",
                    "/v1/webhook_endpoints",
                    "webhook_endpoints.create",
                    RequestKind::Json,
                    ResponseKind::Json,
                ),
            )
    }
    /// Stubs [`WebhookEndpointsResource::retrieve`](crate::resources::WebhookEndpointsResource::retrieve) (`GET /v1/webhook_endpoints/{id}`).
    pub fn retrieve(&self) -> OperationStub<(), crate::types::WebhookEndpoint> {
        self.stub
            .operation(
                RouteKey::new(
                    "GET",
                    "/v1/webhook_endpoints/{id}",
                    "webhook_endpoints.retrieve",
                    RequestKind::None,
                    ResponseKind::Json,
                ),
            )
    }
}
