package org.regionaltc.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Constructor;
import java.util.ArrayList;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.BeanUtils;
import org.springframework.core.Conventions;
import org.springframework.core.MethodParameter;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * When a value of a form cannot be converted (a target of "forty"), Spring builds no form record at all, so a page
 * that shows the form again would find none. This builds it from the values that did convert, the refused ones left
 * empty: the page shows the form as typed, each refused value kept by the binding result next to its error.
 */
final class RefusedFormObjects implements HandlerInterceptor {

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
            @Nullable ModelAndView page) {
        if (page == null || !(handler instanceof HandlerMethod method)) {
            return;
        }
        Map<String, Object> model = page.getModel();
        for (Object value : new ArrayList<>(model.values())) {
            if (value instanceof BindingResult binding && binding.getTarget() == null
                    && model.get(binding.getObjectName()) == null) {
                Class<?> type = formType(method, binding.getObjectName());
                if (type != null) {
                    model.put(binding.getObjectName(), rebuild(type, binding));
                }
            }
        }
    }

    private static @Nullable Class<?> formType(HandlerMethod method, String name) {
        for (MethodParameter parameter : method.getMethodParameters()) {
            ModelAttribute attribute = parameter.getParameterAnnotation(ModelAttribute.class);
            if (attribute != null && name.equals(attribute.name().isEmpty()
                    ? Conventions.getVariableNameForParameter(parameter) : attribute.name())) {
                return parameter.getParameterType();
            }
        }
        return null;
    }

    private static @Nullable Object rebuild(Class<?> type, BindingResult binding) {
        Constructor<?> constructor = BeanUtils.getResolvableConstructor(type);
        String[] names = BeanUtils.getParameterNames(constructor);
        Class<?>[] types = constructor.getParameterTypes();
        @Nullable Object[] args = new Object[names.length];
        for (int i = 0; i < names.length; i++) {
            Object value = binding.hasFieldErrors(names[i]) ? null : binding.getFieldValue(names[i]);
            if (value != null && !org.springframework.util.ClassUtils.isAssignableValue(types[i], value)) {
                value = null;
            }
            if (value == null && types[i].isPrimitive()) {
                return null;
            }
            args[i] = value;
        }
        try {
            return BeanUtils.instantiateClass(constructor, args);
        } catch (RuntimeException refusedByTheRecordItself) {
            return null;
        }
    }
}
