/**
 * Cross-cutting pieces every module may use: database wiring, the clock, problem-detail errors.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package io.touchpoint.app.shared;
