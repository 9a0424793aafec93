// @generated from specs/ by `cargo xtask regenerate`.
// Do not edit by hand: change the spec (or the generator) and regenerate.

//! Operations on checkout sessions.
/// Operations on checkout sessions; get one with [`Client::checkout_sessions`](crate::Client::checkout_sessions).
#[derive(Debug, Clone)]
pub struct CheckoutSessionsResource<'a> {
    client: &'a crate::Client,
    options: crate::RequestOptions,
}

impl crate::Client {
    /// Operations on checkout sessions.
    pub fn checkout_sessions(&self) -> CheckoutSessionsResource<'_> {
        CheckoutSessionsResource {
            client: self,
            options: crate::RequestOptions::default(),
        }
    }
}

impl<'a> CheckoutSessionsResource<'a> {
    /// Uses `options` (retries, timeouts, deadline, extra headers) for the calls made through
    /// this handle. Idempotency keys are set per call: [`Call::idempotency_key`](crate::Call::idempotency_key).
    pub fn with_options(mut self, options: crate::RequestOptions) -> Self {
        self.options = options;
        self
    }
    /// Create a Session
    ///
    /// Creates a Checkout Session: a hosted payment page (its `url`) the customer is redirected to.
    ///
    /// `POST /v1/checkout/sessions`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn run(client: wooshpay::Client) -> Result<(), wooshpay::Error> {
    /// let body = wooshpay::CreateSession {
    ///     mode: Some(wooshpay::CheckoutSessionMode::Payment),
    ///     line_items: Some(
    ///         vec![
    ///             wooshpay::CreateSessionLineItemsItem { price_data :
    ///             Some(wooshpay::CreateSessionLineItemsItemPriceData { currency :
    ///             Some("GBP".to_string()), unit_amount : Some(5), product_data :
    ///             Some(wooshpay::CreateSessionLineItemsItemPriceDataProductData { active :
    ///             Some(true), description : Some("very delicious".to_string()), url :
    ///             Some("www.example.com".to_string()),
    ///             ..wooshpay::CreateSessionLineItemsItemPriceDataProductData::new("example product")
    ///             }), active : Some(true), nickname : Some("fengli".to_string()),
    ///             billing_scheme : Some("testscheme".to_string()), lookup_key :
    ///             Some("test_lookup_key".to_string()), ..Default::default() }), quantity :
    ///             Some(1), ..Default::default() }
    ///         ],
    ///     ),
    ///     ..wooshpay::CreateSession::new("www.example.com", "www.wooshpay.com")
    /// };
    /// let _response = client.checkout_sessions().create(&body).await?;
    /// # Ok(())
    /// # }
    /// ```
    pub fn create(
        &self,
        body: &crate::types::CreateSession,
    ) -> crate::Call<'a, crate::types::CheckoutSession> {
        let request = crate::client::build_request(|| {
            let mut request = crate::client::ApiRequest::new(
                reqwest::Method::POST,
                String::from("/v1/checkout/sessions"),
            );
            request.operation("checkout_sessions.create", "/v1/checkout/sessions");
            request.header("Accept", "application/json");
            request.header("Content-Type", "application/json");
            request.json_body(body, "application/json")?;
            Ok(request)
        });
        crate::client::Call::new(
            self.client,
            request,
            &self.options,
            crate::client::decode_json::<crate::types::CheckoutSession>,
        )
    }
    /// Expire a Session
    ///
    /// Expires an open Checkout Session, so it can no longer be paid.
    ///
    /// `POST /v1/checkout/sessions/{id}/expire`
    ///
    /// # Arguments
    ///
    /// - `id`: ID of the Checkout Session.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn run(client: wooshpay::Client) -> Result<(), wooshpay::Error> {
    /// let _response = client.checkout_sessions().expire("...").await?;
    /// # Ok(())
    /// # }
    /// ```
    pub fn expire(&self, id: &str) -> crate::Call<'a, crate::types::CheckoutSession> {
        let request = crate::client::build_request(|| {
            let id_segment = crate::encoding::encode_path_segment(id)?;
            let mut request = crate::client::ApiRequest::new(
                reqwest::Method::POST,
                ["/v1/checkout/sessions/", &*id_segment, "/expire"].concat(),
            );
            request
                .operation(
                    "checkout_sessions.expire",
                    "/v1/checkout/sessions/{id}/expire",
                );
            request.header("Accept", "application/json");
            request.header("Content-Type", "application/json");
            Ok(request)
        });
        crate::client::Call::new(
            self.client,
            request,
            &self.options,
            crate::client::decode_json::<crate::types::CheckoutSession>,
        )
    }
    /// List All Checkout Sessions
    ///
    /// Returns Checkout Sessions, one page at a time.
    ///
    /// `GET /v1/checkout/sessions/list`
    ///
    /// Sends the filters as a JSON body and as query parameters: each member of the body
    /// is a parameter too, nested values bracketed (`name=value&object[key]=value`, extra
    /// fields included), so a server or proxy that drops the body of a `GET` still gets them.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn run(client: wooshpay::Client) -> Result<(), wooshpay::Error> {
    /// let body = wooshpay::ListCheckoutSessions {
    ///     limit: Some(10),
    ///     customer_details: Some(
    ///         wooshpay::ListCheckoutSessionsCustomerDetails::new("jane@example.com"),
    ///     ),
    ///     ..Default::default()
    /// };
    /// let _response = client.checkout_sessions().list(&body).await?;
    /// # Ok(())
    /// # }
    /// ```
    pub fn list(
        &self,
        body: &crate::types::ListCheckoutSessions,
    ) -> crate::Call<'a, crate::types::ListCheckoutSessionsResponse> {
        let request = crate::client::build_request(|| {
            let mut request = crate::client::ApiRequest::new(
                reqwest::Method::GET,
                String::from("/v1/checkout/sessions/list"),
            );
            request.operation("checkout_sessions.list", "/v1/checkout/sessions/list");
            request.header("Accept", "application/json");
            request.header("Content-Type", "application/json");
            request.json_body(body, "application/json")?;
            request.body_also_as_query();
            Ok(request)
        });
        crate::client::Call::new(
            self.client,
            request,
            &self.options,
            crate::client::decode_json::<crate::types::ListCheckoutSessionsResponse>,
        )
    }
    /// Every item of [`Self::list`], page after page: a lazy stream that requests the next page
    /// (with `starting_after` set to the last item's ID,
    /// in the body and in the query) only when the previous one is used up.
    /// A list whose cursor cycles, or that has more items after one without an ID, ends with
    /// [`Error::Pagination`](crate::Error::Pagination) instead of looping or stopping early.
    pub fn list_all(
        &self,
        body: &crate::types::ListCheckoutSessions,
    ) -> crate::Pages<crate::types::CheckoutSession> {
        crate::Pages::new(
            self.client.clone(),
            self.options.clone(),
            (body.to_owned(),),
            |client, options, state| {
                let (body,) = state;
                CheckoutSessionsResource {
                    client,
                    options: options.clone(),
                }
                    .list(body)
            },
            |page| (page.data, page.has_more.unwrap_or(false)),
            |state, last| {
                state.0.starting_after = Some(last.id.clone());
                Some(last.id.clone())
            },
        )
    }
    /// Retrieve a Session
    ///
    /// Returns a Checkout Session.
    ///
    /// `GET /v1/checkout/sessions/{id}`
    ///
    /// # Arguments
    ///
    /// - `id`: ID of the Checkout Session.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn run(client: wooshpay::Client) -> Result<(), wooshpay::Error> {
    /// let _response = client.checkout_sessions().retrieve("...").await?;
    /// # Ok(())
    /// # }
    /// ```
    pub fn retrieve(&self, id: &str) -> crate::Call<'a, crate::types::CheckoutSession> {
        let request = crate::client::build_request(|| {
            let id_segment = crate::encoding::encode_path_segment(id)?;
            let mut request = crate::client::ApiRequest::new(
                reqwest::Method::GET,
                ["/v1/checkout/sessions/", &*id_segment].concat(),
            );
            request
                .operation("checkout_sessions.retrieve", "/v1/checkout/sessions/{id}");
            request.header("Accept", "application/json");
            request.header("Content-Type", "application/json");
            Ok(request)
        });
        crate::client::Call::new(
            self.client,
            request,
            &self.options,
            crate::client::decode_json::<crate::types::CheckoutSession>,
        )
    }
}
