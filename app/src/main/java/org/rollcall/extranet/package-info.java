/** The authority extranet (today's marks and absences, live), and the REST API for authority systems and QA. */
package org.rollcall.extranet;
