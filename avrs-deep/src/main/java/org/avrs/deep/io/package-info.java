/** JSON for model-file headers: a strict parser and writer, and configuration records to and from JSON. */
package org.avrs.deep.io;
