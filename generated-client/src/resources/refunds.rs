// @generated from specs/ by `cargo xtask regenerate`.
// Do not edit by hand: change the spec (or the generator) and regenerate.

//! Operations on refunds.
/// Operations on refunds; get one with [`Client::refunds`](crate::Client::refunds).
#[derive(Debug, Clone)]
pub struct RefundsResource<'a> {
    client: &'a crate::Client,
    options: crate::RequestOptions,
}

impl crate::Client {
    /// Operations on refunds.
    pub fn refunds(&self) -> RefundsResource<'_> {
        RefundsResource {
            client: self,
            options: crate::RequestOptions::default(),
        }
    }
}

impl<'a> RefundsResource<'a> {
    /// Uses `options` (retries, timeouts, deadline, extra headers) for the calls made through
    /// this handle. Idempotency keys are set per call: [`Call::idempotency_key`](crate::Call::idempotency_key).
    pub fn with_options(mut self, options: crate::RequestOptions) -> Self {
        self.options = options;
        self
    }
    /// Create a refund
    ///
    /// Refunds all or part of a paid PaymentIntent; partial refunds can repeat until the whole amount is refunded.
    ///
    /// `POST /v1/refunds`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn run(client: wooshpay::Client) -> Result<(), wooshpay::Error> {
    /// let body = wooshpay::CreateRefund {
    ///     payment_intent: Some("pi_1787730829493927936".to_string()),
    ///     reason: Some(wooshpay::CreateRefundReason::RequestedByCustomer),
    ///     ..Default::default()
    /// };
    /// let _response = client.refunds().create(&body).await?;
    /// # Ok(())
    /// # }
    /// ```
    pub fn create(
        &self,
        body: &crate::types::CreateRefund,
    ) -> crate::Call<'a, crate::types::Refund> {
        let request = crate::client::build_request(|| {
            let mut request = crate::client::ApiRequest::new(
                reqwest::Method::POST,
                String::from("/v1/refunds"),
            );
            request.operation("refunds.create", "/v1/refunds");
            request.header("Accept", "application/json");
            request.header("Content-Type", "application/json");
            request.json_body(body, "application/json")?;
            Ok(request)
        });
        crate::client::Call::new(
            self.client,
            request,
            &self.options,
            crate::client::decode_json::<crate::types::Refund>,
        )
    }
    /// Retrieve a refund
    ///
    /// Returns a refund made earlier.
    ///
    /// `GET /v1/refunds/{refund_id}`
    ///
    /// # Arguments
    ///
    /// - `refund_id`: ID of the refund.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn run(client: wooshpay::Client) -> Result<(), wooshpay::Error> {
    /// let _response = client.refunds().retrieve("...").await?;
    /// # Ok(())
    /// # }
    /// ```
    pub fn retrieve(&self, refund_id: &str) -> crate::Call<'a, crate::types::Refund> {
        let request = crate::client::build_request(|| {
            let refund_id_segment = crate::encoding::encode_path_segment(refund_id)?;
            let mut request = crate::client::ApiRequest::new(
                reqwest::Method::GET,
                ["/v1/refunds/", &*refund_id_segment].concat(),
            );
            request.operation("refunds.retrieve", "/v1/refunds/{refund_id}");
            request.header("Accept", "application/json");
            request.header("Content-Type", "application/json");
            Ok(request)
        });
        crate::client::Call::new(
            self.client,
            request,
            &self.options,
            crate::client::decode_json::<crate::types::Refund>,
        )
    }
}
