package org.example.nems;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The supplier's application; here only its NEMS client. */
@SpringBootApplication
public class NemsClientApplication {}
