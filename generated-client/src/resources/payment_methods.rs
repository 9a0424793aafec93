// @generated from specs/ by `cargo xtask regenerate`.
// Do not edit by hand: change the spec (or the generator) and regenerate.

//! Operations on payment methods.
/// Operations on payment methods; get one with [`Client::payment_methods`](crate::Client::payment_methods).
#[derive(Debug, Clone)]
pub struct PaymentMethodsResource<'a> {
    client: &'a crate::Client,
    options: crate::RequestOptions,
}

impl crate::Client {
    /// Operations on payment methods.
    pub fn payment_methods(&self) -> PaymentMethodsResource<'_> {
        PaymentMethodsResource {
            client: self,
            options: crate::RequestOptions::default(),
        }
    }
}

impl<'a> PaymentMethodsResource<'a> {
    /// Uses `options` (retries, timeouts, deadline, extra headers) for the calls made through
    /// this handle. Idempotency keys are set per call: [`Call::idempotency_key`](crate::Call::idempotency_key).
    pub fn with_options(mut self, options: crate::RequestOptions) -> Self {
        self.options = options;
        self
    }
    /// Attach a PaymentMethod to a Customer
    ///
    /// Saves a payment method to a customer, for later payments. A SetupIntent, or a PaymentIntent with `setup_future_usage`, does this together with any authentication the payment method needs.
    ///
    /// `POST /v1/payment_methods/{paymentmethod_id}/attach`
    ///
    /// # Arguments
    ///
    /// - `paymentmethod_id`: ID of the payment method.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn run(client: wooshpay::Client) -> Result<(), wooshpay::Error> {
    /// let body = wooshpay::AttachPaymentMethod::new("cus_1760950869144109056");
    /// let _response = client.payment_methods().attach("...", &body).await?;
    /// # Ok(())
    /// # }
    /// ```
    pub fn attach(
        &self,
        paymentmethod_id: &str,
        body: &crate::types::AttachPaymentMethod,
    ) -> crate::Call<'a, crate::types::PaymentMethod> {
        let request = crate::client::build_request(|| {
            let paymentmethod_id_segment = crate::encoding::encode_path_segment(
                paymentmethod_id,
            )?;
            let mut request = crate::client::ApiRequest::new(
                reqwest::Method::POST,
                ["/v1/payment_methods/", &*paymentmethod_id_segment, "/attach"].concat(),
            );
            request
                .operation(
                    "payment_methods.attach",
                    "/v1/payment_methods/{paymentmethod_id}/attach",
                );
            request.header("Accept", "application/json");
            request.header("Content-Type", "application/json");
            request.json_body(body, "application/json")?;
            Ok(request)
        });
        crate::client::Call::new(
            self.client,
            request,
            &self.options,
            crate::client::decode_json::<crate::types::PaymentMethod>,
        )
    }
    /// List PaymentMethods
    ///
    /// Returns payment methods, one page at a time, optionally of one customer or type.
    ///
    /// `GET /v1/payment_methods`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn run(client: wooshpay::Client) -> Result<(), wooshpay::Error> {
    /// let params = wooshpay::ListPaymentMethods::default();
    /// let _response = client.payment_methods().list(&params).await?;
    /// # Ok(())
    /// # }
    /// ```
    pub fn list(
        &self,
        params: &crate::types::ListPaymentMethods,
    ) -> crate::Call<'a, crate::types::PaymentMethodsResponse> {
        let request = crate::client::build_request(|| {
            let mut request = crate::client::ApiRequest::new(
                reqwest::Method::GET,
                String::from("/v1/payment_methods"),
            );
            request.operation("payment_methods.list", "/v1/payment_methods");
            request.header("Accept", "application/json");
            request.header("Content-Type", "application/json");
            if let Some(value) = &params.customer {
                request
                    .query("customer", value, crate::encoding::QueryStyle::FormExplode)?;
            }
            if let Some(value) = &params.r#type {
                request.query("type", value, crate::encoding::QueryStyle::FormExplode)?;
            }
            if let Some(value) = &params.ending_before {
                request
                    .query(
                        "ending_before",
                        value,
                        crate::encoding::QueryStyle::FormExplode,
                    )?;
            }
            if let Some(value) = &params.limit {
                request.query("limit", value, crate::encoding::QueryStyle::FormExplode)?;
            }
            if let Some(value) = &params.starting_after {
                request
                    .query(
                        "starting_after",
                        value,
                        crate::encoding::QueryStyle::FormExplode,
                    )?;
            }
            Ok(request)
        });
        crate::client::Call::new(
            self.client,
            request,
            &self.options,
            crate::client::decode_json::<crate::types::PaymentMethodsResponse>,
        )
    }
    /// Every item of [`Self::list`], page after page: a lazy stream that requests the next page
    /// (with `starting_after` set to the last item's ID) only when the previous one is used up.
    /// A list whose cursor cycles, or that has more items after one without an ID, ends with
    /// [`Error::Pagination`](crate::Error::Pagination) instead of looping or stopping early.
    pub fn list_all(
        &self,
        params: &crate::types::ListPaymentMethods,
    ) -> crate::Pages<crate::types::PaymentMethod> {
        crate::Pages::new(
            self.client.clone(),
            self.options.clone(),
            (params.to_owned(),),
            |client, options, state| {
                let (params,) = state;
                PaymentMethodsResource {
                    client,
                    options: options.clone(),
                }
                    .list(params)
            },
            |page| (page.data, page.has_more.unwrap_or(false)),
            |state, last| {
                state.0.starting_after = Some(last.id.clone());
                Some(last.id.clone())
            },
        )
    }
    /// Create a PaymentMethod
    ///
    /// Creates a payment method. A PaymentIntent (to pay now) or a SetupIntent (to save the details for later) usually creates one instead.
    ///
    /// `POST /v1/payment_methods`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn run(client: wooshpay::Client) -> Result<(), wooshpay::Error> {
    /// let body = wooshpay::CreatePaymentMethod {
    ///     billing_details: Some(wooshpay::BillingDetails {
    ///         email: Some("jane@example.com".to_string()),
    ///         name: Some("Jane Doe".to_string()),
    ///         ..Default::default()
    ///     }),
    ///     card: Some(wooshpay::CreatePaymentMethodCard {
    ///         number: Some("4111111111111111".to_string()),
    ///         exp_month: Some(3),
    ///         exp_year: Some(2027),
    ///         cvc: Some("123".to_string()),
    ///         name: Some("Jane Doe".to_string()),
    ///         ..Default::default()
    ///     }),
    ///     ..wooshpay::CreatePaymentMethod::new(wooshpay::PaymentMethodDataType::Card)
    /// };
    /// let _response = client.payment_methods().create(&body).await?;
    /// # Ok(())
    /// # }
    /// ```
    pub fn create(
        &self,
        body: &crate::types::CreatePaymentMethod,
    ) -> crate::Call<'a, crate::types::PaymentMethod> {
        let request = crate::client::build_request(|| {
            let mut request = crate::client::ApiRequest::new(
                reqwest::Method::POST,
                String::from("/v1/payment_methods"),
            );
            request.operation("payment_methods.create", "/v1/payment_methods");
            request.header("Accept", "application/json");
            request.header("Content-Type", "application/json");
            request.json_body(body, "application/json")?;
            Ok(request)
        });
        crate::client::Call::new(
            self.client,
            request,
            &self.options,
            crate::client::decode_json::<crate::types::PaymentMethod>,
        )
    }
    /// Detach a PaymentMethod from a Customer
    ///
    /// Removes a payment method from the customer it was saved to.
    ///
    /// `POST /v1/payment_methods/{paymentmethod_id}/detach`
    ///
    /// # Arguments
    ///
    /// - `paymentmethod_id`: ID of the payment method.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn run(client: wooshpay::Client) -> Result<(), wooshpay::Error> {
    /// let _response = client.payment_methods().detach("...").await?;
    /// # Ok(())
    /// # }
    /// ```
    pub fn detach(
        &self,
        paymentmethod_id: &str,
    ) -> crate::Call<'a, crate::types::PaymentMethod> {
        let request = crate::client::build_request(|| {
            let paymentmethod_id_segment = crate::encoding::encode_path_segment(
                paymentmethod_id,
            )?;
            let mut request = crate::client::ApiRequest::new(
                reqwest::Method::POST,
                ["/v1/payment_methods/", &*paymentmethod_id_segment, "/detach"].concat(),
            );
            request
                .operation(
                    "payment_methods.detach",
                    "/v1/payment_methods/{paymentmethod_id}/detach",
                );
            request.header("Accept", "application/json");
            request.header("Content-Type", "application/json");
            Ok(request)
        });
        crate::client::Call::new(
            self.client,
            request,
            &self.options,
            crate::client::decode_json::<crate::types::PaymentMethod>,
        )
    }
    /// List a Customer's PaymentMethods
    ///
    /// Returns the payment methods saved to a customer, one page at a time.
    ///
    /// `GET /v1/customers/{customer_id}/payment_methods`
    ///
    /// # Arguments
    ///
    /// - `customer_id`: ID of the customer.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn run(client: wooshpay::Client) -> Result<(), wooshpay::Error> {
    /// let params = wooshpay::ListCustomerPaymentMethods::default();
    /// let _response = client.payment_methods().list_for_customer("...", &params).await?;
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_for_customer(
        &self,
        customer_id: &str,
        params: &crate::types::ListCustomerPaymentMethods,
    ) -> crate::Call<'a, crate::types::PaymentMethodsResponse> {
        let request = crate::client::build_request(|| {
            let customer_id_segment = crate::encoding::encode_path_segment(customer_id)?;
            let mut request = crate::client::ApiRequest::new(
                reqwest::Method::GET,
                ["/v1/customers/", &*customer_id_segment, "/payment_methods"].concat(),
            );
            request
                .operation(
                    "payment_methods.list_for_customer",
                    "/v1/customers/{customer_id}/payment_methods",
                );
            request.header("Accept", "application/json");
            request.header("Content-Type", "application/json");
            if let Some(value) = &params.r#type {
                request.query("type", value, crate::encoding::QueryStyle::FormExplode)?;
            }
            if let Some(value) = &params.limit {
                request.query("limit", value, crate::encoding::QueryStyle::FormExplode)?;
            }
            if let Some(value) = &params.ending_before {
                request
                    .query(
                        "ending_before",
                        value,
                        crate::encoding::QueryStyle::FormExplode,
                    )?;
            }
            if let Some(value) = &params.starting_after {
                request
                    .query(
                        "starting_after",
                        value,
                        crate::encoding::QueryStyle::FormExplode,
                    )?;
            }
            Ok(request)
        });
        crate::client::Call::new(
            self.client,
            request,
            &self.options,
            crate::client::decode_json::<crate::types::PaymentMethodsResponse>,
        )
    }
    /// Every item of [`Self::list_for_customer`], page after page: a lazy stream that requests the next page
    /// (with `starting_after` set to the last item's ID) only when the previous one is used up.
    /// A list whose cursor cycles, or that has more items after one without an ID, ends with
    /// [`Error::Pagination`](crate::Error::Pagination) instead of looping or stopping early.
    pub fn list_for_customer_all(
        &self,
        customer_id: &str,
        params: &crate::types::ListCustomerPaymentMethods,
    ) -> crate::Pages<crate::types::PaymentMethod> {
        crate::Pages::new(
            self.client.clone(),
            self.options.clone(),
            (customer_id.to_owned(), params.to_owned()),
            |client, options, state| {
                let (customer_id, params) = state;
                PaymentMethodsResource {
                    client,
                    options: options.clone(),
                }
                    .list_for_customer(customer_id, params)
            },
            |page| (page.data, page.has_more.unwrap_or(false)),
            |state, last| {
                state.1.starting_after = Some(last.id.clone());
                Some(last.id.clone())
            },
        )
    }
    /// Retrieve a PaymentMethod
    ///
    /// Returns a payment method.
    ///
    /// `GET /v1/payment_methods/{id}`
    ///
    /// # Arguments
    ///
    /// - `id`: ID of the payment method.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn run(client: wooshpay::Client) -> Result<(), wooshpay::Error> {
    /// let _response = client.payment_methods().retrieve("...").await?;
    /// # Ok(())
    /// # }
    /// ```
    pub fn retrieve(&self, id: &str) -> crate::Call<'a, crate::types::PaymentMethod> {
        let request = crate::client::build_request(|| {
            let id_segment = crate::encoding::encode_path_segment(id)?;
            let mut request = crate::client::ApiRequest::new(
                reqwest::Method::GET,
                ["/v1/payment_methods/", &*id_segment].concat(),
            );
            request.operation("payment_methods.retrieve", "/v1/payment_methods/{id}");
            request.header("Accept", "application/json");
            request.header("Content-Type", "application/json");
            Ok(request)
        });
        crate::client::Call::new(
            self.client,
            request,
            &self.options,
            crate::client::decode_json::<crate::types::PaymentMethod>,
        )
    }
    /// Update a PaymentMethod
    ///
    /// Changes the billing details or metadata of a payment method.
    ///
    /// `POST /v1/payment_methods/{id}`
    ///
    /// # Arguments
    ///
    /// - `id`: ID of the payment method.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn run(client: wooshpay::Client) -> Result<(), wooshpay::Error> {
    /// let body = wooshpay::UpdatePaymentMethod {
    ///     billing_details: Some(wooshpay::BillingDetails {
    ///         address: Some(wooshpay::Address {
    ///             city: Some("Lyon".to_string()),
    ///             country: Some("FR".to_string()),
    ///             line1: Some("1 rue de la Paix".to_string()),
    ///             postal_code: Some("69001".to_string()),
    ///             ..Default::default()
    ///         }),
    ///         email: Some("jane@example.com".to_string()),
    ///         name: Some("Jane Doe".to_string()),
    ///         phone: Some("+33 1 23 45 67 89".to_string()),
    ///         ..Default::default()
    ///     }),
    ///     ..Default::default()
    /// };
    /// let _response = client.payment_methods().update("...", &body).await?;
    /// # Ok(())
    /// # }
    /// ```
    pub fn update(
        &self,
        id: &str,
        body: &crate::types::UpdatePaymentMethod,
    ) -> crate::Call<'a, crate::types::PaymentMethod> {
        let request = crate::client::build_request(|| {
            let id_segment = crate::encoding::encode_path_segment(id)?;
            let mut request = crate::client::ApiRequest::new(
                reqwest::Method::POST,
                ["/v1/payment_methods/", &*id_segment].concat(),
            );
            request.operation("payment_methods.update", "/v1/payment_methods/{id}");
            request.header("Accept", "application/json");
            request.header("Content-Type", "application/json");
            request.json_body(body, "application/json")?;
            Ok(request)
        });
        crate::client::Call::new(
            self.client,
            request,
            &self.options,
            crate::client::decode_json::<crate::types::PaymentMethod>,
        )
    }
}
