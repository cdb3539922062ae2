package com.theogen.interview.web;

import com.theogen.interview.AttributeFilter;
import com.theogen.interview.AttributeFilterQuery;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.parameters.Parameter;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;

/** Adds the {@code attr.*} query parameter to the document of every endpoint marked {@link AttributeFilterQuery}. */
@Component
class AttributeFilterParameters implements OperationCustomizer {

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        if (handler.hasMethodAnnotation(AttributeFilterQuery.class)) {
            operation.addParametersItem(new Parameter()
                    .in("query")
                    .name(AttributeFilter.PREFIX + "*")
                    .description("interview attribute filters, attr.<name>=<value>"));
        }
        return operation;
    }
}
