/** The staff UI shell: sign-in, home, shared page fragments. Feature pages live in their own modules. */
package io.touchpoint.app.web;
